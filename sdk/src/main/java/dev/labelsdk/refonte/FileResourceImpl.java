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
final class FileResourceImpl extends RefonteResource<FileResource> implements FileResource {

  private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

  FileResourceImpl(RefonteService service, CallExecutor executor) {
    super(service, executor, FileResourceImpl::new);
  }

  @Override
  public FileInfo upload(FileUpload upload, RequestOptions options) {
    return executor.with(options).execute(RetryClassifier.NEVER, uploadCalls(service, upload),
        JsonSupport.decoder(FileInfo.class));
  }

  /** The call of an upload, sync or async (never retried: it creates a file, without a key). */
  static CallExecutor.CallFactory uploadCalls(RefonteService service, FileUpload upload) {
    Objects.requireNonNull(upload, "upload");
    MediaType type = upload.mediaType().map(MediaType::parse).orElse(OCTET_STREAM);
    MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("file", upload.filename(),
            RequestBody.create(upload.content(), type == null ? OCTET_STREAM : type));
    upload.projectName().ifPresent(v -> body.addFormDataPart("project_name", v));
    upload.referenceId().ifPresent(v -> body.addFormDataPart("reference_id", v));
    upload.metadata().ifPresent(v -> body.addFormDataPart("metadata", v.toString()));
    MultipartBody multipart = body.build();
    return headers -> service.uploadFile(multipart, headers);
  }

  @Override
  public FileInfo importFile(FileImport fileImport, RequestOptions options) {
    return executor.with(options).execute(RetryClassifier.NEVER,
        importCalls(service, fileImport), JsonSupport.decoder(FileInfo.class));
  }

  /** The call of an import, sync or async (never retried, like an upload). */
  static CallExecutor.CallFactory importCalls(RefonteService service, FileImport fileImport) {
    Objects.requireNonNull(fileImport, "fileImport");
    ObjectNode body = fileImport.toJson();
    return headers -> service.importFile(body, headers);
  }
}
