package dev.labelsdk.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import okhttp3.MultipartBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.HeaderMap;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Streaming;

/**
 * The Refonte v1 wire contract (spec §4) as a Retrofit interface. Paths are relative to the
 * base URL ({@code .../v1/}); {@code @Path} values are percent-encoded per segment, so a
 * {@code /} in a name becomes {@code %2F}. Request bodies are written by converter-jackson;
 * responses are read as raw bytes so that the client can report malformed bodies and errors
 * with status, raw text and request id. A {@code null} query value is left out. Every method
 * is {@code @Streaming}: Retrofit would otherwise copy each body into a buffer before
 * {@code CallExecutor} reads it into bytes, so the bytes are read once.
 */
interface RefonteService {

  @POST("task/{type}")
  @Streaming
  Call<ResponseBody> createTask(@Path("type") String type, @Body JsonNode body,
      @HeaderMap Map<String, String> headers);

  @GET("task/{id}")
  @Streaming
  Call<ResponseBody> getTask(@Path("id") String id, @HeaderMap Map<String, String> headers);

  @GET("tasks")
  @Streaming
  Call<ResponseBody> listTasks(
      @Query("start_time") String startTime,
      @Query("end_time") String endTime,
      @Query("completed_after") String completedAfter,
      @Query("completed_before") String completedBefore,
      @Query("updated_after") String updatedAfter,
      @Query("updated_before") String updatedBefore,
      @Query("status") String status,
      @Query("type") String type,
      @Query("project") String project,
      @Query("batch") String batch,
      @Query("tags") List<String> tags,
      @Query("unique_id") List<String> uniqueIds,
      @Query("customer_review_status") String customerReviewStatus,
      @Query("limit") Integer limit,
      @Query("include_attachment_url") Boolean includeAttachmentUrl,
      @Query("limited_response") Boolean limitedResponse,
      @Query("next_token") String nextToken,
      @HeaderMap Map<String, String> headers);

  @POST("task/{id}/cancel")
  @Streaming
  Call<ResponseBody> cancelTask(@Path("id") String id,
      @Query("clear_unique_id") Boolean clearUniqueId, @HeaderMap Map<String, String> headers);

  @POST("task/{id}/setMetadata")
  @Streaming
  Call<ResponseBody> setTaskMetadata(@Path("id") String id, @Body JsonNode metadata,
      @HeaderMap Map<String, String> headers);

  @POST("task/{id}/unique_id")
  @Streaming
  Call<ResponseBody> setUniqueId(@Path("id") String id, @Body JsonNode body,
      @HeaderMap Map<String, String> headers);

  @DELETE("task/{id}/unique_id")
  @Streaming
  Call<ResponseBody> clearUniqueId(@Path("id") String id,
      @HeaderMap Map<String, String> headers);

  @POST("task/{id}/tags")
  @Streaming
  Call<ResponseBody> setTags(@Path("id") String id, @Body List<String> tags,
      @HeaderMap Map<String, String> headers);

  @PUT("task/{id}/tags")
  @Streaming
  Call<ResponseBody> addTags(@Path("id") String id, @Body List<String> tags,
      @HeaderMap Map<String, String> headers);

  @HTTP(method = "DELETE", path = "task/{id}/tags", hasBody = true)
  @Streaming
  Call<ResponseBody> deleteTags(@Path("id") String id, @Body List<String> tags,
      @HeaderMap Map<String, String> headers);

  @POST("task/{id}/audit")
  @Streaming
  Call<ResponseBody> audit(@Path("id") String id, @Body JsonNode body,
      @HeaderMap Map<String, String> headers);

  @POST("batches")
  @Streaming
  Call<ResponseBody> createBatch(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("batches")
  @Streaming
  Call<ResponseBody> listBatches(
      @Query("project") String project,
      @Query("status") String status,
      @Query("start_time") String startTime,
      @Query("end_time") String endTime,
      @Query("exclude_archived") Boolean excludeArchived,
      @Query("limit") Integer limit,
      @Query("offset") Integer offset,
      @HeaderMap Map<String, String> headers);

  @GET("batches/{name}")
  @Streaming
  Call<ResponseBody> getBatch(@Path("name") String name, @HeaderMap Map<String, String> headers);

  @GET("batches/{name}/status")
  @Streaming
  Call<ResponseBody> batchStatus(@Path("name") String name,
      @HeaderMap Map<String, String> headers);

  @POST("batches/{name}/finalize")
  @Streaming
  Call<ResponseBody> finalizeBatch(@Path("name") String name,
      @HeaderMap Map<String, String> headers);

  @POST("batches/{name}/setMetadata")
  @Streaming
  Call<ResponseBody> setBatchMetadata(@Path("name") String name, @Body JsonNode metadata,
      @HeaderMap Map<String, String> headers);

  @POST("projects")
  @Streaming
  Call<ResponseBody> createProject(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("projects")
  @Streaming
  Call<ResponseBody> listProjects(@Query("archived") Boolean archived,
      @HeaderMap Map<String, String> headers);

  @GET("projects/{name}")
  @Streaming
  Call<ResponseBody> getProject(@Path("name") String name,
      @HeaderMap Map<String, String> headers);

  @POST("projects/{name}/setParams")
  @Streaming
  Call<ResponseBody> setProjectParams(@Path("name") String name, @Body JsonNode params,
      @HeaderMap Map<String, String> headers);

  /** The body is a multipart/form-data body built by the caller (file plus form fields). */
  @POST("files/upload")
  @Streaming
  Call<ResponseBody> uploadFile(@Body MultipartBody body, @HeaderMap Map<String, String> headers);

  @POST("files/import")
  @Streaming
  Call<ResponseBody> importFile(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("teams")
  @Streaming
  Call<ResponseBody> listTeam(@HeaderMap Map<String, String> headers);

  @POST("teams/invite")
  @Streaming
  Call<ResponseBody> inviteTeamMembers(@Body JsonNode body,
      @HeaderMap Map<String, String> headers);

  @POST("teams/set_role")
  @Streaming
  Call<ResponseBody> setTeamRole(@Body JsonNode body, @HeaderMap Map<String, String> headers);
}
