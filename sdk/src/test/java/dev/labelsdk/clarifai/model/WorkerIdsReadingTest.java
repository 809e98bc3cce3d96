package dev.labelsdk.clarifai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonSupport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worker and reviewer ids read straight from {@code users[]} and {@code workers[]} (see
 * {@code TaskWorker.UserIds}): the same ids, in the same order, and the same errors, whether a
 * model is read from a tree or from the bytes of an answer.
 */
class WorkerIdsReadingTest {

  private static JsonNode json(String text) throws Exception {
    return JsonSupport.parse(text);
  }

  /** A task read in one pass from its bytes, as the clients read answers. */
  private static Task decoded(String task) throws Exception {
    return JsonSupport.decoder(Task.class).decode(task.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // user_ids first, then users[].id, then workers[].user.id, whatever the key order
      "{'workers':[{'user':{'id':'u3'}}],'users':[{'id':'u2'}],'user_ids':['u1']} | u1,u2,u3"
          + " | u1,u2",
      // each once; blanks, nulls and entries without an id left out
      "{'user_ids':['u1','',null],'users':[{'id':'u1'},{'id':''},{},{'id':null},null,"
          + "{'user':{'id':'x'}},{'id':'u4'}],'workers':[{'user':{'id':'u1'}},"
          + "{'user':{'id':'u2'}},{'id':'y'},{'model':{'id':'m1'}},{'user':null},{'user':{}},"
          + "null]} | u1,u4,u2 | u1,u4",
      // the last of a repeated key counts; other keys, however nested, are skipped
      "{'users':[{'id':'a','id':'b','name':{'x':[1,{'id':'z'}]}}],"
          + "'workers':[{'user':{'id':'c','user':{'id':'d'}},'user':{'id':'e'}}]} | b,e | b",
      "{'users':[],'workers':[]} | '' | ''",
      "{'users':null,'workers':null} | '' | ''",
  })
  void idsAreMergedFromEveryForm(String json, String workerIds, String reviewerIds)
      throws Exception {
    String text = json.replace('\'', '"');
    Task task = decoded("{\"worker\":" + text + ",\"review\":" + text + "}");
    for (TaskWorker worker : List.of(TaskWorker.fromJson(json(text)), task.worker())) {
      assertThat(worker.userIds()).isEqualTo(ids(workerIds));
    }
    for (TaskReview review : List.of(TaskReview.fromJson(json(text)), task.review())) {
      assertThat(review.reviewerIds()).isEqualTo(ids(reviewerIds));
      // a review does not model workers[]: it is kept as sent
      assertThat(review.additionalProperties().get("workers"))
          .isEqualTo(json(text).get("workers"));
    }
  }

  private static List<String> ids(String csv) {
    return csv.isEmpty() ? List.of() : List.of(csv.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{'users':'x'} | worker: \"users\" must be an array but was string \"x\"",
      "{'users':{}} | worker: \"users\" must be an array but was object",
      "{'users':[5]} | users: [0] must be an object but was number 5",
      "{'users':[{'id':'u1'},'u2']} | users: [1] must be an object but was string \"u2\"",
      "{'users':[{'id':5}]} | users: \"id\" must be a string but was number 5",
      "{'users':[{'id':[]}]} | users: \"id\" must be a string but was array",
      "{'users':[{'user':[]}]} | users: \"user\" must be an object but was array",
      "{'workers':[{'user':'u'}]} | workers: \"user\" must be an object but was string \"u\"",
      "{'workers':[{'user':{'id':7}}]} | user: \"id\" must be a string but was number 7",
      "{'workers':[{'user':{'user':true}}]} | user: \"user\" must be an object but was boolean true",
  })
  void wrongTypesFailAsBefore(String worker, String message) throws Exception {
    String text = worker.replace('\'', '"');
    assertThatThrownBy(() -> Task.fromJson(json("{\"worker\":" + text + "}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    if (!text.contains("workers")) { // a review's workers[] is not read
      assertThatThrownBy(() -> Task.fromJson(json("{\"review\":" + text + "}")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message.replace("worker: ", "review: "));
    }
  }
}
