package dev.labelsdk.refonte;

import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.FileImport;
import dev.labelsdk.refonte.model.FileInfo;
import dev.labelsdk.refonte.model.FileUpload;

/**
 * Files: {@code client.files()}. Uploads and imports create a file each time and the service
 * takes no idempotency key for them, so they are <b>not retried</b>: on a
 * {@link ConnectionException} or {@link ServerException} decide yourself whether to resend.
 */
public interface FileResource {

  /** Uploads a file; see {@link #upload(FileUpload, RequestOptions)}. */
  default FileInfo upload(FileUpload upload) {
    return upload(upload, RequestOptions.none());
  }

  /**
   * Uploads a file ({@code POST /v1/files/upload}, multipart/form-data); use the answer's
   * {@link FileInfo#attachmentUrl()} as a task attachment.
   *
   * @return the recorded file
   */
  FileInfo upload(FileUpload upload, RequestOptions options);

  /** Imports a file from a URL; see {@link #importFile(FileImport, RequestOptions)}. */
  default FileInfo importFile(FileImport fileImport) {
    return importFile(fileImport, RequestOptions.none());
  }

  /**
   * Records a file by URL ({@code POST /v1/files/import}); the service fetches it itself.
   *
   * @return the recorded file
   */
  FileInfo importFile(FileImport fileImport, RequestOptions options);

  /**
   * This resource with {@code options} over the client's (timeout, retries, extra headers)
   * for every call made through it; a call's own {@code RequestOptions} go on top.
   *
   * @throws IllegalArgumentException if {@code options} has an idempotency key (it belongs
   *     to one call)
   */
  FileResource withOptions(RequestOptions options);
}
