package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.HeaderMap;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Streaming;

/**
 * The Clarifai v2 routes the SDK uses (spec §1) as a Retrofit interface. Paths are relative to
 * the app's base ({@code .../v2/users/{user_id}/apps/{app_id}/}, or {@code .../v2/} for an app
 * key without an app id); {@code @Path} values are percent-encoded per segment. A list
 * {@code @Query} becomes repeated keys ({@code ids=a&ids=b}), which the official Java client
 * cannot send; a null value is left out. Bodies are JSON trees; answers are read as raw bytes
 * so that errors keep their body, and every method is {@code @Streaming} so that
 * {@code CallExecutor} reads them once (Retrofit would otherwise buffer each body first).
 */
interface ClarifaiService {

  @POST("tasks")
  @Streaming
  Call<ResponseBody> postTasks(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("tasks/{task_id}")
  @Streaming
  Call<ResponseBody> getTask(@Path("task_id") String taskId,
      @Query("additional_fields") List<String> additionalFields,
      @HeaderMap Map<String, String> headers);

  @GET("tasks")
  @Streaming
  Call<ResponseBody> listTasks(
      @Query("page") Integer page,
      @Query("per_page") Integer perPage,
      @Query("worker_user_ids") List<String> workerUserIds,
      @Query("review_user_ids") List<String> reviewUserIds,
      @Query("ids") List<String> ids,
      @Query("input_source_type") String inputSourceType,
      @Query("input_source_ids") List<String> inputSourceIds,
      @Query("label_order_ids") List<String> labelOrderIds,
      @Query("including_label_order_tasks") Boolean includingLabelOrderTasks,
      @Query("additional_fields") List<String> additionalFields,
      @HeaderMap Map<String, String> headers);

  @PATCH("tasks")
  @Streaming
  Call<ResponseBody> patchTasks(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @HTTP(method = "DELETE", path = "tasks", hasBody = true)
  @Streaming
  Call<ResponseBody> deleteTasks(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("tasks/{task_id}/annotations/count")
  @Streaming
  Call<ResponseBody> taskAnnotationCount(@Path("task_id") String taskId,
      @Query("user_ids") List<String> userIds, @HeaderMap Map<String, String> headers);

  @GET("tasks/{task_id}/inputs/count")
  @Streaming
  Call<ResponseBody> taskInputCount(@Path("task_id") String taskId,
      @Query("user_ids") List<String> userIds, @HeaderMap Map<String, String> headers);

  @PUT("tasks/{task_id}/assignments")
  @Streaming
  Call<ResponseBody> putTaskAssignments(@Path("task_id") String taskId, @Body JsonNode body,
      @HeaderMap Map<String, String> headers);

  @GET("tasks/{task_id}/assignments")
  @Streaming
  Call<ResponseBody> listNextTaskAssignments(@Path("task_id") String taskId,
      @HeaderMap Map<String, String> headers);

  @POST("inputs")
  @Streaming
  Call<ResponseBody> postInputs(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("inputs")
  @Streaming
  Call<ResponseBody> listInputs(@Query("page") Integer page, @Query("per_page") Integer perPage,
      @HeaderMap Map<String, String> headers);

  @GET("inputs/{input_id}")
  @Streaming
  Call<ResponseBody> getInput(@Path("input_id") String inputId,
      @HeaderMap Map<String, String> headers);

  @HTTP(method = "DELETE", path = "inputs", hasBody = true)
  @Streaming
  Call<ResponseBody> deleteInputs(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @POST("datasets")
  @Streaming
  Call<ResponseBody> postDatasets(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("datasets")
  @Streaming
  Call<ResponseBody> listDatasets(@Query("page") Integer page,
      @Query("per_page") Integer perPage, @HeaderMap Map<String, String> headers);

  @GET("datasets/{dataset_id}")
  @Streaming
  Call<ResponseBody> getDataset(@Path("dataset_id") String datasetId,
      @HeaderMap Map<String, String> headers);

  @POST("datasets/{dataset_id}/inputs")
  @Streaming
  Call<ResponseBody> postDatasetInputs(@Path("dataset_id") String datasetId,
      @Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("datasets/{dataset_id}/inputs")
  @Streaming
  Call<ResponseBody> listDatasetInputs(@Path("dataset_id") String datasetId,
      @Query("page") Integer page, @Query("per_page") Integer perPage,
      @HeaderMap Map<String, String> headers);

  @HTTP(method = "DELETE", path = "datasets/{dataset_id}/inputs", hasBody = true)
  @Streaming
  Call<ResponseBody> deleteDatasetInputs(@Path("dataset_id") String datasetId,
      @Body JsonNode body, @HeaderMap Map<String, String> headers);

  @POST("searches")
  @Streaming
  Call<ResponseBody> postSearches(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("searches")
  @Streaming
  Call<ResponseBody> listSearches(@Query("page") Integer page,
      @Query("per_page") Integer perPage, @HeaderMap Map<String, String> headers);

  @GET("searches/{search_id}")
  @Streaming
  Call<ResponseBody> getSearch(@Path("search_id") String searchId,
      @HeaderMap Map<String, String> headers);

  @POST("concepts")
  @Streaming
  Call<ResponseBody> postConcepts(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("concepts")
  @Streaming
  Call<ResponseBody> listConcepts(@Query("page") Integer page,
      @Query("per_page") Integer perPage, @HeaderMap Map<String, String> headers);

  @GET("concepts/{concept_id}")
  @Streaming
  Call<ResponseBody> getConcept(@Path("concept_id") String conceptId,
      @HeaderMap Map<String, String> headers);

  @POST("annotations")
  @Streaming
  Call<ResponseBody> postAnnotations(@Body JsonNode body,
      @HeaderMap Map<String, String> headers);

  @PATCH("annotations")
  @Streaming
  Call<ResponseBody> patchAnnotations(@Body JsonNode body,
      @HeaderMap Map<String, String> headers);

  @GET("annotations")
  @Streaming
  Call<ResponseBody> listAnnotations(
      @Query("ids") List<String> ids,
      @Query("input_ids") List<String> inputIds,
      @Query("user_ids") List<String> userIds,
      @Query("statuses.code") List<String> statusCodes,
      @Query("task_id") String taskId,
      @Query("list_all_annotations") Boolean listAllAnnotations,
      @Query("page") Integer page,
      @Query("per_page") Integer perPage,
      @HeaderMap Map<String, String> headers);

  @GET("inputs/{input_id}/annotations/{annotation_id}")
  @Streaming
  Call<ResponseBody> getAnnotation(@Path("input_id") String inputId,
      @Path("annotation_id") String annotationId, @HeaderMap Map<String, String> headers);

  @HTTP(method = "DELETE", path = "annotations", hasBody = true)
  @Streaming
  Call<ResponseBody> deleteAnnotations(@Body JsonNode body,
      @HeaderMap Map<String, String> headers);
}
