package dev.labelsdk.refonte;

import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.CreateProjectRequest;
import dev.labelsdk.refonte.model.Project;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The {@link ProjectResourceAsync} that calls the API; shares its calls with the sync one. */
final class ProjectResourceAsyncImpl implements ProjectResourceAsync {

  private final RefonteService service;
  private final CallExecutor executor;

  ProjectResourceAsyncImpl(RefonteService service, CallExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  @Override
  public ProjectResourceAsync withOptions(RequestOptions options) {
    return new ProjectResourceAsyncImpl(service, executor.withOptions(options));
  }

  @Override
  public CompletableFuture<Project> create(CreateProjectRequest request,
      RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return executor.with(options).executeAsync(RefonteProtocol.RETRYABLE,
        ProjectResourceImpl.createCalls(service, request), JsonSupport.decoder(Project.class),
        (failure, earlier) -> ApiRecovery.mayBeOwnConflict(failure, earlier)
            ? get(request.name(), ApiRecovery.withoutIdempotencyKey(options))
                .thenApply(existing -> ProjectResourceImpl.created(existing, request))
            : CompletableFuture.completedFuture(Optional.empty()));
  }

  @Override
  public CompletableFuture<Project> get(String name, RequestOptions options) {
    String project = PathSegments.require(name, "project name");
    return executor.with(options).executeAsync(RefonteProtocol.RETRYABLE,
        headers -> service.getProject(project, headers), JsonSupport.decoder(Project.class));
  }

  @Override
  public CompletableFuture<List<Project>> list(RequestOptions options) {
    return executor.with(options).executeAsync(RefonteProtocol.RETRYABLE,
        headers -> service.listProjects(null, headers), ProjectResourceImpl.LIST);
  }

  @Override
  public CompletableFuture<Project> setParams(String name, JsonObject params, boolean patch,
      RequestOptions options) {
    return executor.with(options).executeAsync(RefonteProtocol.RETRYABLE,
        ProjectResourceImpl.setParamsCalls(service, name, params, patch),
        JsonSupport.decoder(Project.class));
  }
}
