package dev.labelsdk.refonte;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.RetryClassifier;
import dev.labelsdk.refonte.model.FileImport;
import dev.labelsdk.refonte.model.FileInfo;
import dev.labelsdk.refonte.model.FileUpload;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/** The {@link FileResource} that calls the API. */
final class FileResourceImpl implements FileResource {

  private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");
  private final RefonteService service;
  private final CallExecutor executor;

  FileResourceImpl(RefonteService service, CallExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  @Override
  public FileResource withOptions(RequestOptions options) {
    return new FileResourceImpl(service, executor.withOptions(options));
  }

  @Override
  public FileInfo upload(FileUpload upload, RequestOptions options) {
    Objects.requireNonNull(upload, "upload");
    MediaType type = upload.mediaType().map(MediaType::parse).orElse(OCTET_STREAM);
    MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("file", upload.filename(),
            RequestBody.create(upload.content(), type == null ? OCTET_STREAM : type));
    upload.projectName().ifPresent(v -> body.addFormDataPart("project_name", v));
    upload.referenceId().ifPresent(v -> body.addFormDataPart("reference_id", v));
    upload.metadata().ifPresent(v -> body.addFormDataPart("metadata", v.toString()));
    // Creates a file and takes no idempotency key: never sent twice.
    MultipartBody multipart = body.build();
    return executor.with(options).execute(RetryClassifier.NEVER,
        headers -> service.uploadFile(multipart, headers), JsonSupport.decoder(FileInfo.class));
  }

  @Override
  public FileInfo importFile(FileImport fileImport, RequestOptions options) {
    Objects.requireNonNull(fileImport, "fileImport");
    ObjectNode body = fileImport.toJson();
    return executor.with(options).execute(RetryClassifier.NEVER,
        headers -> service.importFile(body, headers), JsonSupport.decoder(FileInfo.class));
  }
}
