package dev.labelsdk.refonte;

import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.RetryClassifier;
import dev.labelsdk.refonte.model.FileImport;
import dev.labelsdk.refonte.model.FileInfo;
import dev.labelsdk.refonte.model.FileUpload;
import java.util.concurrent.CompletableFuture;

/** The {@link FileResourceAsync} that calls the API; shares its calls with the sync one. */
final class FileResourceAsyncImpl extends RefonteResource<FileResourceAsync>
    implements FileResourceAsync {

  FileResourceAsyncImpl(RefonteService service, CallExecutor executor) {
    super(service, executor, FileResourceAsyncImpl::new);
  }

  @Override
  public CompletableFuture<FileInfo> upload(FileUpload upload, RequestOptions options) {
    return executor.with(options).executeAsync(RetryClassifier.NEVER,
        FileResourceImpl.uploadCalls(service, upload), JsonSupport.decoder(FileInfo.class));
  }

  @Override
  public CompletableFuture<FileInfo> importFile(FileImport fileImport, RequestOptions options) {
    return executor.with(options).executeAsync(RetryClassifier.NEVER,
        FileResourceImpl.importCalls(service, fileImport), JsonSupport.decoder(FileInfo.class));
  }
}
