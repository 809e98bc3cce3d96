package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.clarifai.ApiKey;
import dev.labelsdk.mock.clarifai.AppRef;
import dev.labelsdk.mock.clarifai.ClarifaiError;
import dev.labelsdk.mock.clarifai.InputSpec;
import dev.labelsdk.mock.clarifai.SeedData;
import java.util.ArrayList;
import java.util.List;

/** The body of {@code POST /__admin/clarifai/seed} (spec §10) as {@link SeedData}. */
final class SeedJson {

  private SeedJson() {}

  static SeedData decode(JsonNode body) {
    Fields f = Fields.root(body == null ? null : SnakeCase.normalize(body));
    List<String> users = new ArrayList<>();
    f.objects("users").forEach(u -> users.add(required(u, "id")));
    List<AppRef> apps = new ArrayList<>();
    f.objects("apps").forEach(a -> apps.add(new AppRef(required(a, "user_id"), required(a, "id"))));
    List<SeedData.Member> members = new ArrayList<>();
    f.objects("collaborators").forEach(c -> members.add(
        new SeedData.Member(app(c), required(c, "collaborator_user_id"))));
    List<ApiKey> keys = new ArrayList<>();
    for (Fields k : f.objects("keys")) {
      ApiKey.Type type = keyType(k);
      if (type == ApiKey.Type.APP_KEY && k.string("app_id") == null) {
        throw ClarifaiError.invalid(k.path("app_id") + " is required for an APP_KEY");
      }
      keys.add(new ApiKey(required(k, "token"), type, required(k, "user_id"), k.string("app_id"),
          k.strings("scopes")));
    }
    List<SeedData.NamedConcept> concepts = new ArrayList<>();
    f.objects("concepts").forEach(c -> concepts.add(
        new SeedData.NamedConcept(app(c), required(c, "id"), c.string("name"))));
    List<SeedData.AppInput> inputs = new ArrayList<>();
    for (Fields i : f.objects("inputs")) {
      InputSpec input = DataDecoder.input(i);
      inputs.add(new SeedData.AppInput(app(i), new InputSpec(required(i, "id"), input.data(), input.datasetIds())));
    }
    return new SeedData(users, apps, members, keys, concepts, inputs);
  }

  /** PAT (the default) or APP_KEY. */
  private static ApiKey.Type keyType(Fields k) {
    String name = k.string("type");
    for (ApiKey.Type t : ApiKey.Type.values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    if (name == null) {
      return ApiKey.Type.PAT;
    }
    throw ClarifaiError.invalid(k.path("type") + " must be \"PAT\" or \"APP_KEY\"");
  }

  private static AppRef app(Fields f) {
    return new AppRef(required(f, "user_id"), required(f, "app_id"));
  }

  private static String required(Fields f, String name) {
    String v = f.string(name);
    if (v == null) {
      throw ClarifaiError.invalid(f.path(name) + " is required");
    }
    return v;
  }
}
