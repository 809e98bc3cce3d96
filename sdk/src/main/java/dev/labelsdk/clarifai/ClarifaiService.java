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

/**
 * The Clarifai v2 routes the SDK uses (spec §1) as a Retrofit interface. Paths are relative to
 * the app's base ({@code .../v2/users/{user_id}/apps/{app_id}/}, or {@code .../v2/} for an app
 * key without an app id); {@code @Path} values are percent-encoded per segment. A list
 * {@code @Query} becomes repeated keys ({@code ids=a&ids=b}), which the official Java client
 * cannot send; a null value is left out. Bodies are JSON trees; answers are read as raw bytes
 * so that errors keep their body.
 */
interface ClarifaiService {

  @POST("tasks")
  Call<ResponseBody> postTasks(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("tasks/{task_id}")
  Call<ResponseBody> getTask(@Path("task_id") String taskId,
      @Query("additional_fields") List<String> additionalFields,
      @HeaderMap Map<String, String> headers);

  @GET("tasks")
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
  Call<ResponseBody> patchTasks(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @HTTP(method = "DELETE", path = "tasks", hasBody = true)
  Call<ResponseBody> deleteTasks(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("tasks/{task_id}/annotations/count")
  Call<ResponseBody> taskAnnotationCount(@Path("task_id") String taskId,
      @Query("user_ids") List<String> userIds, @HeaderMap Map<String, String> headers);

  @GET("tasks/{task_id}/inputs/count")
  Call<ResponseBody> taskInputCount(@Path("task_id") String taskId,
      @Query("user_ids") List<String> userIds, @HeaderMap Map<String, String> headers);

  @PUT("tasks/{task_id}/assignments")
  Call<ResponseBody> putTaskAssignments(@Path("task_id") String taskId, @Body JsonNode body,
      @HeaderMap Map<String, String> headers);

  @GET("tasks/{task_id}/assignments")
  Call<ResponseBody> listNextTaskAssignments(@Path("task_id") String taskId,
      @HeaderMap Map<String, String> headers);

  @POST("inputs")
  Call<ResponseBody> postInputs(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("inputs")
  Call<ResponseBody> listInputs(@Query("page") Integer page, @Query("per_page") Integer perPage,
      @HeaderMap Map<String, String> headers);

  @GET("inputs/{input_id}")
  Call<ResponseBody> getInput(@Path("input_id") String inputId,
      @HeaderMap Map<String, String> headers);

  @HTTP(method = "DELETE", path = "inputs", hasBody = true)
  Call<ResponseBody> deleteInputs(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @POST("datasets")
  Call<ResponseBody> postDatasets(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("datasets")
  Call<ResponseBody> listDatasets(@Query("page") Integer page,
      @Query("per_page") Integer perPage, @HeaderMap Map<String, String> headers);

  @GET("datasets/{dataset_id}")
  Call<ResponseBody> getDataset(@Path("dataset_id") String datasetId,
      @HeaderMap Map<String, String> headers);

  @POST("datasets/{dataset_id}/inputs")
  Call<ResponseBody> postDatasetInputs(@Path("dataset_id") String datasetId,
      @Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("datasets/{dataset_id}/inputs")
  Call<ResponseBody> listDatasetInputs(@Path("dataset_id") String datasetId,
      @Query("page") Integer page, @Query("per_page") Integer perPage,
      @HeaderMap Map<String, String> headers);

  @HTTP(method = "DELETE", path = "datasets/{dataset_id}/inputs", hasBody = true)
  Call<ResponseBody> deleteDatasetInputs(@Path("dataset_id") String datasetId,
      @Body JsonNode body, @HeaderMap Map<String, String> headers);

  @POST("searches")
  Call<ResponseBody> postSearches(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("searches")
  Call<ResponseBody> listSearches(@Query("page") Integer page,
      @Query("per_page") Integer perPage, @HeaderMap Map<String, String> headers);

  @GET("searches/{search_id}")
  Call<ResponseBody> getSearch(@Path("search_id") String searchId,
      @HeaderMap Map<String, String> headers);

  @POST("concepts")
  Call<ResponseBody> postConcepts(@Body JsonNode body, @HeaderMap Map<String, String> headers);

  @GET("concepts")
  Call<ResponseBody> listConcepts(@Query("page") Integer page,
      @Query("per_page") Integer perPage, @HeaderMap Map<String, String> headers);

  @GET("concepts/{concept_id}")
  Call<ResponseBody> getConcept(@Path("concept_id") String conceptId,
      @HeaderMap Map<String, String> headers);

  @POST("annotations")
  Call<ResponseBody> postAnnotations(@Body JsonNode body,
      @HeaderMap Map<String, String> headers);

  @PATCH("annotations")
  Call<ResponseBody> patchAnnotations(@Body JsonNode body,
      @HeaderMap Map<String, String> headers);

  @GET("annotations")
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
  Call<ResponseBody> getAnnotation(@Path("input_id") String inputId,
      @Path("annotation_id") String annotationId, @HeaderMap Map<String, String> headers);

  @HTTP(method = "DELETE", path = "annotations", hasBody = true)
  Call<ResponseBody> deleteAnnotations(@Body JsonNode body,
      @HeaderMap Map<String, String> headers);
}
