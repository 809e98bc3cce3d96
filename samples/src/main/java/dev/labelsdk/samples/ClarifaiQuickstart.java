package dev.labelsdk.samples;

import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.clarifai.TaskAssignments;
import dev.labelsdk.clarifai.model.AdditionalField;
import dev.labelsdk.clarifai.model.Annotation;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.clarifai.model.Dataset;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.InputSource;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskAssignment;
import dev.labelsdk.clarifai.model.TaskMetrics;
import dev.labelsdk.clarifai.model.TaskReview;
import dev.labelsdk.clarifai.model.TaskWorker;
import dev.labelsdk.clarifai.model.WorkerCounts;
import dev.labelsdk.mock.server.ClarifaiControl;
import dev.labelsdk.mock.server.LabelMockServer;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tour of {@link ClarifaiClient}: a partitioned task with consensus review, three workers
 * labeling through their own keys, consensus approving the inputs they agree on, a reviewer
 * deciding the rest, and the task's counts and metrics.
 *
 * <p>By default it starts an embedded mock server and seeds an app owner, three workers and a
 * reviewer, each with a personal access token. To use a real endpoint, set
 * {@code CLARIFAI_PAT} (the app owner's), {@code CLARIFAI_USER_ID}, {@code CLARIFAI_APP_ID},
 * optionally {@code CLARIFAI_BASE_URL}, and the collaborators who do the work:
 * {@code CLARIFAI_WORKERS=user1:pat1,user2:pat2,user3:pat3} and
 * {@code CLARIFAI_REVIEWER=user4:pat4}.
 *
 * <pre>
 * mvn -q -pl samples -am compile exec:java -Dsample=ClarifaiQuickstart
 * </pre>
 */
public final class ClarifaiQuickstart {

  private static final String WATER = "water";
  private static final String NO_WATER = "no-water";

  /** Who takes part: the app, and each person's key. */
  private record Setup(String baseUrl, String userId, String appId, String ownerPat,
      Map<String, String> workerPats, String reviewerId, String reviewerPat) {}

  private ClarifaiQuickstart() {}

  public static void main(String[] args) {
    run(System.getenv(), System.out);
  }

  /** Runs the tour with these environment variables, printing to {@code out}. */
  static void run(Map<String, String> env, PrintStream out) {
    String pat = env.get("CLARIFAI_PAT");
    if (pat != null && !pat.isBlank()) {
      Setup setup = realEndpoint(env, pat);
      out.println("Using " + setup.baseUrl() + " (app " + setup.userId() + "/" + setup.appId()
          + ")");
      tour(setup, out);
      return;
    }
    try (LabelMockServer mock = LabelMockServer.builder().build().start()) {
      out.println("Using an embedded mock at " + mock.clarifaiBaseUrl()
          + " (set CLARIFAI_PAT to use a real endpoint)");
      tour(seedMock(mock.clarifai(), mock.clarifaiBaseUrl()), out);
    }
  }

  private static Setup seedMock(ClarifaiControl mock, String baseUrl) {
    mock.addApp("quickstart-owner", "quickstart").addPat("pat-owner", "quickstart-owner");
    Map<String, String> workers = new LinkedHashMap<>();
    for (String worker : List.of("labeler-1", "labeler-2", "labeler-3")) {
      mock.addPat("pat-" + worker, worker);
      workers.put(worker, "pat-" + worker);
    }
    mock.addPat("pat-reviewer", "reviewer-1");
    return new Setup(baseUrl, "quickstart-owner", "quickstart", "pat-owner", workers,
        "reviewer-1", "pat-reviewer");
  }

  private static Setup realEndpoint(Map<String, String> env, String pat) {
    String appId = env.get("CLARIFAI_APP_ID");
    String workers = env.get("CLARIFAI_WORKERS");
    String reviewer = env.get("CLARIFAI_REVIEWER");
    if (appId == null || workers == null || reviewer == null) {
      throw new IllegalStateException("With CLARIFAI_PAT set, also set CLARIFAI_APP_ID (and"
          + " CLARIFAI_USER_ID if the app is not yours), CLARIFAI_WORKERS=user1:pat1,user2:pat2,"
          + "user3:pat3 and CLARIFAI_REVIEWER=user4:pat4: the workers and the reviewer label"
          + " and review through their own keys");
    }
    Map<String, String> workerPats = new LinkedHashMap<>();
    for (String entry : workers.split(",")) {
      String[] userAndPat = userAndPat(entry, "CLARIFAI_WORKERS");
      workerPats.put(userAndPat[0], userAndPat[1]);
    }
    String[] reviewerAndPat = userAndPat(reviewer, "CLARIFAI_REVIEWER");
    return new Setup(env.getOrDefault("CLARIFAI_BASE_URL", ClarifaiClient.DEFAULT_BASE_URL),
        env.getOrDefault("CLARIFAI_USER_ID", ClarifaiClient.DEFAULT_USER_ID), appId, pat,
        workerPats, reviewerAndPat[0], reviewerAndPat[1]);
  }

  private static String[] userAndPat(String entry, String variable) {
    String[] parts = entry.strip().split(":", 2);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new IllegalStateException(variable + " entries must look like user:pat");
    }
    return parts;
  }

  private static ClarifaiClient client(Setup setup, String pat) {
    return ClarifaiClient.builder().pat(pat).userId(setup.userId()).appId(setup.appId())
        .baseUrl(setup.baseUrl()).userAgentSuffix("clarifai-quickstart").build();
  }

  private static void tour(Setup setup, PrintStream out) {
    // A run id keeps ids fresh when the tour runs twice against a real app.
    String run = Long.toString(Instant.now().toEpochMilli(), 36);
    List<String> workerIds = List.copyOf(setup.workerPats().keySet());
    Map<String, ClarifaiClient> workers = new LinkedHashMap<>();
    try (ClarifaiClient owner = client(setup, setup.ownerPat());
        ClarifaiClient reviewer = client(setup, setup.reviewerPat())) {
      setup.workerPats().forEach((user, pat) -> workers.put(user, client(setup, pat)));

      String dataset = "quickstart-" + run;
      owner.datasets().create(Dataset.of(dataset, "Lakes and fields to label"));
      List<Input> inputs = new ArrayList<>();
      for (int i = 1; i <= 6; i++) {
        inputs.add(Input.builder().id(dataset + "-" + i)
            .imageUrl("https://samples.clarifai.com/metro-north.jpg?n=" + i)
            .datasetIds(dataset).build());
      }
      owner.inputs().create(inputs);
      out.printf("Added %d inputs to dataset %s%n", inputs.size(), dataset);

      // Each input goes to two of the three workers; the first gets half of the work.
      Task task = owner.tasks().create(Task.builder()
          .name("Is there water?")
          .concepts(WATER, NO_WATER)
          .inputSource(InputSource.dataset(dataset))
          .worker(TaskWorker.partitioned().weight(workerIds.get(0), 2)
              .weight(workerIds.get(1), 1).weight(workerIds.get(2), 1).workersPerInput(2))
          .review(TaskReview.consensus(2).reviewers(setup.reviewerId()))
          .build());
      out.printf("Created task %s: %s workers %s, %d per input; %s review, threshold %d,"
          + " reviewer %s%n", task.id(), task.worker().strategy(), task.worker().userIds(),
          task.worker().workersPerInput(), task.review().strategy(),
          task.review().approvalThreshold(), setup.reviewerId());

      // The first two workers see water everywhere; the third disagrees.
      for (Map.Entry<String, ClarifaiClient> worker : workers.entrySet()) {
        String answer = worker.getKey().equals(workerIds.get(2)) ? NO_WATER : WATER;
        List<TaskAssignment> submitted = label(worker.getValue(), task.id(), answer);
        out.printf("%s labeled %d inputs \"%s\": %s%n", worker.getKey(), submitted.size(),
            answer, describe(submitted));
      }

      // Consensus approved the inputs two workers agreed on; the reviewer decides the rest.
      WorkerCounts afterConsensus = owner.tasks().inputCounts(task.id()).total();
      out.printf("Consensus: %d assignments approved automatically, %d sent to review%n",
          afterConsensus.success(), afterConsensus.awaitingReview());
      TaskAssignments review = reviewer.tasks().assignments(task.id());
      List<TaskAssignment> disputed = review.reviewStart();
      out.printf("%s has %d assignments to review%n", setup.reviewerId(), disputed.size());
      List<TaskAssignment> approve = new ArrayList<>();
      List<TaskAssignment> reject = new ArrayList<>();
      for (TaskAssignment a : disputed) {
        (a.workerId().equals(workerIds.get(2)) ? reject : approve).add(a);
      }
      if (!approve.isEmpty()) {
        out.printf("  approved: %s%n", describe(review.approve(approve)));
      }
      if (!reject.isEmpty()) {
        out.printf("  rejected: %s%n", describe(review.reject(reject)));
      }

      out.println("Assignments per worker:");
      for (WorkerCounts c : owner.tasks().inputCounts(task.id()).counts()) {
        out.printf("  %s: %d approved, %d rejected, %d awaiting review, %d awaiting"
            + " consensus, %d pending%n", c.userId(), c.success(), c.reviewDenied(),
            c.awaitingReview(), c.awaitingConsensusReview(), c.pending());
      }
      TaskMetrics m = owner.tasks().get(task.id(), AdditionalField.METRICS).metrics()
          .orElseThrow();
      out.printf("Metrics: %d inputs, %d labeled (%d%%), %d reviewed (%d%%)%n",
          m.inputSourceInputs(), m.workedInputs(), m.workedPercent(), m.reviewedInputs(),
          m.reviewedPercent());

      Task done = owner.tasks().markDone(task.id());
      out.printf("Task %s is now %s%n", done.id(), done.status().orElseThrow().code());
      out.println("Done.");
    } finally {
      workers.values().forEach(ClarifaiClient::close);
    }
  }

  /**
   * Labels every input the worker is given, batch by batch, as drafts, and submits each batch.
   */
  private static List<TaskAssignment> label(ClarifaiClient worker, String taskId, String answer) {
    TaskAssignments work = worker.tasks().assignments(taskId);
    List<TaskAssignment> submitted = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (List<TaskAssignment> batch = work.labelStart(); !batch.isEmpty();
        batch = work.labelStart()) {
      // A server that updates states asynchronously may hand out submitted work again.
      List<TaskAssignment> fresh = batch.stream().filter(a -> seen.add(a.id())).toList();
      if (fresh.isEmpty()) {
        break;
      }
      List<Annotation> labels = fresh.stream()
          .map(a -> Annotation.builder().inputId(a.inputId()).taskId(taskId)
              .concepts(Concept.of(answer)).draft().build())
          .toList();
      worker.annotations().create(labels);
      submitted.addAll(work.submit(fresh));
    }
    return submitted;
  }

  /** {@code 3 TASK_ASSIGNMENT_SUCCESS, 1 TASK_ASSIGNMENT_AWAITING_REVIEW}. */
  private static String describe(List<TaskAssignment> assignments) {
    Map<StatusCode, Long> byState = assignments.stream().collect(Collectors.groupingBy(
        TaskAssignment::statusCode, LinkedHashMap::new, Collectors.counting()));
    return byState.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
  }
}
