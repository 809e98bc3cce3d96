package example.usercode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.DuplicateTaskException;
import dev.labelsdk.refonte.TaskResource;
import dev.labelsdk.refonte.model.Categorization;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskPage;
import dev.labelsdk.refonte.model.TaskStatus;
import dev.labelsdk.refonte.model.TaskType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the README shows: code outside the SDK's packages tests its own logic against a
 * hand-written fake of a resource interface, without a server or a mocking library.
 */
class FakeResourceTest {

  /** The user's code under test: creates a task once per row, whatever happened before. */
  static final class RowLabeler {
    private final TaskResource tasks;

    RowLabeler(TaskResource tasks) {
      this.tasks = tasks;
    }

    Task label(String row) {
      CreateTaskRequest request = Categorization.builder().attachment("https://example.com/" + row)
          .categories("yes", "no").uniqueId(row).build();
      try {
        return tasks.create(request);
      } catch (DuplicateTaskException e) {
        return tasks.get(e.conflictingTaskId());
      }
    }
  }

  /** A fake holding tasks in a map; what the code under test does not call is unsupported. */
  static final class FakeTasks implements TaskResource {
    final Map<String, Task> byUniqueId = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();

    @Override
    public Task create(CreateTaskRequest request, RequestOptions options) {
      calls.add("create");
      String uniqueId = request.uniqueId().orElseThrow();
      Task existing = byUniqueId.get(uniqueId);
      if (existing != null) {
        throw new DuplicateTaskException(409, "The unique_id (\"" + uniqueId + "\") is already"
            + " used for a different task (" + existing.taskId() + ").", "", null, null);
      }
      Task task = Task.builder().taskId(String.format("%024x", byUniqueId.size() + 1))
          .type(TaskType.CATEGORIZATION).status(TaskStatus.PENDING).uniqueId(uniqueId).build();
      byUniqueId.put(uniqueId, task);
      return task;
    }

    @Override
    public Task get(String taskId, RequestOptions options) {
      calls.add("get");
      return byUniqueId.values().stream().filter(t -> t.taskId().equals(taskId)).findFirst()
          .orElseThrow();
    }

    @Override
    public TaskResource withOptions(RequestOptions options) {
      return this;
    }

    @Override
    public TaskPage list(TaskListRequest request, RequestOptions options) {
      return new TaskPage(List.copyOf(byUniqueId.values()), byUniqueId.size(), 100, 0, false,
          Optional.empty());
    }

    @Override
    public Task cancel(String taskId, boolean clearUniqueId, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Task setMetadata(String taskId, JsonObject metadata, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Task setUniqueId(String taskId, String uniqueId, Boolean clearUniqueIdOnError,
        RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Task clearUniqueId(String taskId, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Task setTags(String taskId, Collection<String> tags, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Task addTags(String taskId, Collection<String> tags, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Task deleteTags(String taskId, Collection<String> tags, RequestOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Task audit(String taskId, boolean accepted, String comments,
        RequestOptions options) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void aSecondLabelOfTheSameRowReturnsTheFirstTask() {
    FakeTasks tasks = new FakeTasks();
    RowLabeler labeler = new RowLabeler(tasks);
    Task first = labeler.label("row-17");
    Task again = labeler.label("row-17");
    assertThat(again.taskId()).isEqualTo(first.taskId());
    assertThat(tasks.calls).containsExactly("create", "create", "get");
  }

  @Test
  void theConvenienceOverloadsAndThePagerComeFromTheInterface() {
    FakeTasks tasks = new FakeTasks();
    new RowLabeler(tasks).label("a");
    new RowLabeler(tasks).label("b");
    assertThat(tasks.get(tasks.byUniqueId.get("a").taskId()).uniqueId()).contains("a");
    assertThat(tasks.listAll(TaskListRequest.builder().build()).stream().map(Task::uniqueId))
        .containsExactly(Optional.of("a"), Optional.of("b"));
  }
}
