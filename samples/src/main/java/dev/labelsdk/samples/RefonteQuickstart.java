package dev.labelsdk.samples;

import dev.labelsdk.mock.server.LabelMockServer;
import dev.labelsdk.refonte.DuplicateTaskException;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.Categorization;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A tour of {@link RefonteClient}: create tasks with unique ids, handle a duplicate (409),
 * list with the lazy iterator, cancel a task.
 *
 * <p>By default it starts an embedded mock server and uses a live-mode key on it (so tasks
 * stay pending and can be canceled). To use a real endpoint instead, set
 * {@code REFONTE_API_KEY} (and optionally {@code REFONTE_BASE_URL}).
 *
 * <pre>
 * mvn -q -pl samples compile exec:java
 * </pre>
 */
public final class RefonteQuickstart {

  private RefonteQuickstart() {}

  public static void main(String[] args) {
    run(System.getenv(), System.out);
  }

  /** Runs the tour with these environment variables, printing to {@code out}. */
  static void run(Map<String, String> env, PrintStream out) {
    String apiKey = env.get("REFONTE_API_KEY");
    LabelMockServer mock = null;
    String baseUrl;
    if (apiKey == null || apiKey.isBlank()) {
      mock = LabelMockServer.builder().build().start();
      baseUrl = mock.refonteBaseUrl();
      apiKey = "live_sample";
      out.println("Using an embedded mock at " + baseUrl
          + " (set REFONTE_API_KEY to use a real endpoint)");
    } else {
      baseUrl = env.getOrDefault("REFONTE_BASE_URL", RefonteClient.DEFAULT_BASE_URL);
      out.println("Using " + baseUrl);
    }
    try (RefonteClient client = RefonteClient.builder().apiKey(apiKey).baseUrl(baseUrl)
        .userAgentSuffix("refonte-quickstart").build()) {
      tour(client, out);
    } finally {
      if (mock != null) {
        mock.stop();
      }
    }
  }

  private static void tour(RefonteClient client, PrintStream out) {
    // A run id keeps unique ids fresh when the tour runs twice against a real account.
    String run = Long.toString(Instant.now().toEpochMilli(), 36);
    String project = "quickstart-" + run;

    List<Task> created = new ArrayList<>();
    for (String item : List.of("car", "boat", "plane")) {
      Task task = client.tasks().create(request(item, run, project));
      created.add(task);
      out.printf("Created %s task %s (unique_id %s, status %s)%n", task.type(), task.taskId(),
          task.uniqueId().orElse("-"), task.status());
    }

    // Creating the same unique_id again is a 409 naming the task that holds it.
    try {
      client.tasks().create(request("car", run, project));
    } catch (DuplicateTaskException e) {
      out.printf("Duplicate refused: unique_id %s already belongs to task %s%n",
          e.uniqueId().orElse("?"), e.conflictingTaskId());
      Task existing = client.tasks().get(e.conflictingTaskId());
      out.printf("Fetched it instead: %s (%s)%n", existing.taskId(), existing.status());
    }

    // The iterator fetches pages of 2 as it goes.
    TaskListRequest byProject = TaskListRequest.builder().project(project).limit(2).build();
    out.println("Tasks of project " + project + ", newest first:");
    for (Task task : client.tasks().listAll(byProject)) {
      out.printf("  %s %s %s%n", task.taskId(), task.status(), task.uniqueId().orElse("-"));
    }

    Task canceled = client.tasks().cancel(created.get(0).taskId(), true);
    out.printf("Canceled %s: status %s, unique_id now %s%n", canceled.taskId(),
        canceled.status(), canceled.uniqueId().orElse("cleared"));
    out.println("Done.");
  }

  private static CreateTaskRequest request(String item, String run, String project) {
    return Categorization.builder()
        .attachment("https://example.com/images/" + item + ".jpg")
        .categories("big", "small")
        .instruction("Is this " + item + " big or small?")
        .project(project)
        .uniqueId(project + "/" + item)
        .metadata(Map.of("run", run))
        .build();
  }
}
