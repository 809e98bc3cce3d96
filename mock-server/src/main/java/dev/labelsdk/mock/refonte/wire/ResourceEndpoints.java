package dev.labelsdk.mock.refonte.wire;

import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.http.MalformedRequestException;
import dev.labelsdk.mock.http.Multipart;
import dev.labelsdk.mock.http.QueryParams;
import dev.labelsdk.mock.http.QueryValues;
import dev.labelsdk.mock.refonte.AccountOperations;
import dev.labelsdk.mock.refonte.BatchOperations;
import dev.labelsdk.mock.refonte.RefonteEngine;
import dev.labelsdk.mock.refonte.RefonteError;
import java.util.List;

/** The batch, project, file and team routes of spec §4.10 to §4.12: decode, call, render. */
final class ResourceEndpoints {

  private final RefonteEngine engine;

  ResourceEndpoints(RefonteEngine engine) {
    this.engine = engine;
  }

  ApiResponse createBatch(Call c) {
    return ok(ResultJson.batch(engine.batches().create(c.caller(), RequestDecoder.createBatch(c.json()))));
  }

  ApiResponse getBatch(Call c) {
    return ok(ResultJson.batch(engine.batches().get(c.caller(), c.param("name"))));
  }

  ApiResponse batchStatus(Call c) {
    return ok(ResultJson.progress(engine.batches().status(c.caller(), c.param("name"))));
  }

  ApiResponse finalizeBatch(Call c) {
    return ok(ResultJson.batch(engine.batches().finalizeBatch(c.caller(), c.param("name"))));
  }

  ApiResponse setBatchMetadata(Call c) {
    return ok(ResultJson.batch(
        engine.batches().setMetadata(c.caller(), c.param("name"), RequestDecoder.metadata(c.json()))));
  }

  ApiResponse listBatches(Call call) {
    QueryParams q = call.query();
    QueryValues.bool(q, "exclude_archived", false); // accepted, no effect: nothing is archived
    BatchOperations.Query query =
        new BatchOperations.Query(q.first("project"), q.first("status"), Queries.time(q, "start_time"),
            Queries.time(q, "end_time"));
    return ok(ResultJson.batchPage(engine.batches().list(call.caller(), query, Queries.limit(q), QueryValues.digits(q, "offset", 0))));
  }

  ApiResponse createProject(Call c) {
    return ok(ResultJson.project(engine.projects().create(c.caller(), RequestDecoder.createProject(c.json()))));
  }

  ApiResponse listProjects(Call c) {
    return ok(ResultJson.projects(engine.projects().list(c.caller(), QueryValues.bool(c.query(), "archived", false))));
  }

  ApiResponse getProject(Call c) {
    return ok(ResultJson.project(engine.projects().get(c.caller(), c.param("name"))));
  }

  ApiResponse setParams(Call c) {
    RequestDecoder.Params p = RequestDecoder.params(c.json());
    return ok(ResultJson.project(engine.projects().setParams(c.caller(), c.param("name"), p.params(), p.patch())));
  }

  /** {@code POST /v1/files/upload}: a multipart form whose {@code file} part is recorded. */
  ApiResponse upload(Call call) {
    ApiRequest r = call.request();
    RequestBody.checkSize(r);
    if (!"multipart/form-data".equals(r.mediaType())) {
      throw RefonteError.malformed("/v1/files/upload takes a multipart/form-data body.");
    }
    List<Multipart.Part> parts;
    try {
      parts = Multipart.parse(r.header("Content-Type"), r.body());
    } catch (MalformedRequestException e) {
      throw RefonteError.malformed(e.getMessage());
    }
    AccountOperations.Upload file = null;
    String project = null;
    String reference = null;
    String metadata = null;
    for (Multipart.Part p : parts) {
      switch (p.name()) {
        case "file" -> file = new AccountOperations.Upload(p.filename(), p.contentType(), p.data().length);
        case "project_name" -> project = p.text();
        case "reference_id" -> reference = p.text();
        case "metadata" -> metadata = p.text();
        default -> { }
      }
    }
    return ok(ResultJson.file(engine.account().upload(call.caller(), file, project, reference, metadata)));
  }

  ApiResponse importFile(Call c) {
    return ok(ResultJson.file(engine.account().importFile(c.caller(), RequestDecoder.importFile(c.json()))));
  }

  ApiResponse team(Call c) {
    return ok(ResultJson.team(engine.account().team(c.caller())));
  }

  ApiResponse invite(Call c) {
    RequestDecoder.TeamChange t = RequestDecoder.teamChange(c.json());
    return ok(ResultJson.team(engine.account().invite(c.caller(), t.emails(), t.role())));
  }

  ApiResponse setRole(Call c) {
    RequestDecoder.TeamChange t = RequestDecoder.teamChange(c.json());
    return ok(ResultJson.team(engine.account().setRole(c.caller(), t.emails(), t.role())));
  }

  private static ApiResponse ok(byte[] body) {
    return ResultJson.ok(body);
  }
}
