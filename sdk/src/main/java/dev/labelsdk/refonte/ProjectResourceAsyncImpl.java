package dev.labelsdk.refonte;

import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.CreateProjectRequest;
import dev.labelsdk.refonte.model.Project;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The {@link ProjectResourceAsync} that calls the API; shares its calls with the sync one. */
final class ProjectResourceAsyncImpl extends RefonteResource<ProjectResourceAsync>
    implements ProjectResourceAsync {

  ProjectResourceAsyncImpl(RefonteService service, CallExecutor executor) {
    super(service, executor, ProjectResourceAsyncImpl::new);
  }

  @Override
  public CompletableFuture<Project> create(CreateProjectRequest request,
      RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return createAsync(options, ProjectResourceImpl.createOf(service, request), this::get);
  }

  @Override
  public CompletableFuture<Project> get(String name, RequestOptions options) {
    return retryableAsync(options,
        at(name, "project name", service::getProject), ProjectResourceImpl.PROJECT);
  }

  @Override
  public CompletableFuture<List<Project>> list(RequestOptions options) {
    return retryableAsync(options, headers -> service.listProjects(null, headers),
        ProjectResourceImpl.LIST);
  }

  @Override
  public CompletableFuture<Project> setParams(String name, JsonObject params, boolean patch,
      RequestOptions options) {
    return retryableAsync(options,
        ProjectResourceImpl.setParamsCalls(service, name, params, patch),
        ProjectResourceImpl.PROJECT);
  }
}
