package dev.labelsdk.refonte;

import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.FileImport;
import dev.labelsdk.refonte.model.FileInfo;
import dev.labelsdk.refonte.model.FileUpload;
import java.util.concurrent.CompletableFuture;

/**
 * Files, asynchronously: {@code client.async().files()}. Each method is the twin of the
 * {@link FileResource} method of the same name: <b>not retried</b> (each creates a file and
 * the service takes no idempotency key for them). A future fails with the exception the sync
 * method would throw.
 */
public interface FileResourceAsync {

  /** See {@link FileResource#upload(FileUpload, RequestOptions)}. */
  default CompletableFuture<FileInfo> upload(FileUpload upload) {
    return upload(upload, RequestOptions.none());
  }

  /** See {@link FileResource#upload(FileUpload, RequestOptions)}. */
  CompletableFuture<FileInfo> upload(FileUpload upload, RequestOptions options);

  /** See {@link FileResource#importFile(FileImport, RequestOptions)}. */
  default CompletableFuture<FileInfo> importFile(FileImport fileImport) {
    return importFile(fileImport, RequestOptions.none());
  }

  /** See {@link FileResource#importFile(FileImport, RequestOptions)}. */
  CompletableFuture<FileInfo> importFile(FileImport fileImport, RequestOptions options);

  /** See {@link FileResource#withOptions(RequestOptions)}. */
  FileResourceAsync withOptions(RequestOptions options);
}
