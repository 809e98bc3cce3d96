package dev.labelsdk.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.function.Function;

/**
 * Turns the body of a successful answer into its result. Model decoders bind straight from the
 * bytes ({@link JsonSupport#decoder}); a Jackson {@code DatabindException} or an
 * {@link IllegalArgumentException} means the body does not have the documented shape, any other
 * {@code JsonProcessingException} that it is not JSON.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface Decoder<T> {

  /** The result of {@code body}. */
  T decode(byte[] body) throws IOException;

  /** A decoder that parses a JSON tree and hands it to {@code fromTree}. */
  static <T> Decoder<T> tree(Function<JsonNode, T> fromTree) {
    return body -> fromTree.apply(JsonSupport.parse(body));
  }
}
