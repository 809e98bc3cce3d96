package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.ClarifaiExecutor.Safety;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Inputs: {@code client.inputs()} (spec §1.2, §8.8). */
public final class InputResource {

  private final ClarifaiService service;
  private final ClarifaiExecutor executor;

  InputResource(ClarifaiService service, ClarifaiExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  /** Adds inputs; see {@link #create(List)}. */
  public BatchResult<Input> create(Input... inputs) {
    return create(Arrays.asList(inputs));
  }

  /**
   * Adds inputs ({@code POST .../inputs}), each stored or refused on its own: check
   * {@link BatchResult#failures()} (a duplicate id, missing media, an unknown dataset).
   * Concepts in an input's data become an approved input-level annotation by the caller.
   * Retried after a lost answer only when every input has your id.
   *
   * @throws InvalidRequestException if every input was refused (10020)
   */
  public BatchResult<Input> create(List<Input> inputs) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("give at least one input");
    }
    ObjectNode body = JsonSupport.newObject();
    ArrayNode array = body.putArray("inputs");
    inputs.forEach(i -> array.add(Requests.create(Objects.requireNonNull(i, "input").toJson())));
    boolean clientIds = inputs.stream().noneMatch(i -> i.id().isEmpty());
    return executor.execute("PostInputs",
        clientIds ? Safety.IDEMPOTENT : Safety.CREATES_WITHOUT_IDS,
        headers -> service.postInputs(body, headers), Responses.batch("inputs", Input::fromJson));
  }

  /**
   * Fetches an input.
   *
   * @throws NotFoundException if the app has no such input
   */
  public Input get(String inputId) {
    PathSegments.require(inputId, "inputId");
    return executor.execute("GetInput", Safety.IDEMPOTENT,
        headers -> service.getInput(inputId, headers), Responses.single("input", Input::fromJson));
  }

  /** One page of inputs, newest first. */
  public Page<Input> list(int page, int perPage) {
    Page.check(page, perPage);
    return new Page<>(executor.execute("ListInputs", Safety.IDEMPOTENT,
        headers -> service.listInputs(page, perPage, headers),
        Responses.list("inputs", Input::fromJson)), page, perPage);
  }

  /** Every input, newest first, fetched page by page as you iterate. */
  public AutoPager<Input> listAll() {
    return AutoPager.ofPageNumbers(page -> list(page, Page.DEFAULT_PER_PAGE).items(), 1,
        Page.DEFAULT_PER_PAGE);
  }

  /** Deletes inputs; see {@link #delete(Collection)}. */
  public void delete(String... inputIds) {
    delete(Arrays.asList(inputIds));
  }

  /**
   * Deletes inputs, all or none ({@code DELETE .../inputs}). Their assignments leave their
   * tasks.
   *
   * @throws NotFoundException if an id is unknown (then nothing is deleted)
   */
  public void delete(Collection<String> inputIds) {
    List<String> ids = Ids.require(inputIds, "input id");
    executor.execute("DeleteInputs", Safety.IDEMPOTENT,
        headers -> service.deleteInputs(Ids.body("ids", ids), headers), Responses::status,
        ClarifaiExecutor::alreadyDone);
  }
}
