package dev.labelsdk.refonte;

import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.FileImport;
import dev.labelsdk.refonte.model.FileInfo;
import dev.labelsdk.refonte.model.FileUpload;
import java.util.Objects;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * Files: {@code client.files()}. Uploads and imports create a file each time and the service
 * takes no idempotency key for them, so they are <b>not retried</b>: on a
 * {@link ConnectionException} or {@link ServerException} decide yourself whether to resend.
 */
public final class FileResource {

  private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

  private final RefonteService service;
  private final ApiExecutor executor;

  FileResource(RefonteService service, ApiExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  /** Uploads a file; see {@link #upload(FileUpload, RequestOptions)}. */
  public FileInfo upload(FileUpload upload) {
    return upload(upload, RequestOptions.none());
  }

  /**
   * Uploads a file ({@code POST /v1/files/upload}, multipart/form-data); use the answer's
   * {@link FileInfo#attachmentUrl()} as a task attachment.
   *
   * @return the recorded file
   */
  public FileInfo upload(FileUpload upload, RequestOptions options) {
    Objects.requireNonNull(upload, "upload");
    MediaType type = upload.mediaType().map(MediaType::parse).orElse(OCTET_STREAM);
    MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("file", upload.filename(),
            RequestBody.create(upload.content(), type == null ? OCTET_STREAM : type));
    upload.projectName().ifPresent(v -> body.addFormDataPart("project_name", v));
    upload.referenceId().ifPresent(v -> body.addFormDataPart("reference_id", v));
    upload.metadata().ifPresent(v -> body.addFormDataPart("metadata", v.toString()));
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.uploadFile(body.build(), ApiExecutor.headers(merged)), merged,
        false, FileInfo::fromJson, (failure, earlier) -> Optional.empty());
  }

  /** Imports a file from a URL; see {@link #importFile(FileImport, RequestOptions)}. */
  public FileInfo importFile(FileImport fileImport) {
    return importFile(fileImport, RequestOptions.none());
  }

  /**
   * Records a file by URL ({@code POST /v1/files/import}); the service fetches it itself.
   *
   * @return the recorded file
   */
  public FileInfo importFile(FileImport fileImport, RequestOptions options) {
    Objects.requireNonNull(fileImport, "fileImport");
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.importFile(fileImport.toJson(), ApiExecutor.headers(merged)),
        merged, false, FileInfo::fromJson, (failure, earlier) -> Optional.empty());
  }
}
