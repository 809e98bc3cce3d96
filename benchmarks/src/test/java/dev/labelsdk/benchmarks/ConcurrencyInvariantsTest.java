package dev.labelsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.mock.refonte.RateLimit;
import dev.labelsdk.mock.refonte.RefonteConfig;
import dev.labelsdk.refonte.DuplicateTaskException;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.BatchStatusCounts;
import dev.labelsdk.refonte.model.CreateBatchRequest;
import dev.labelsdk.refonte.model.CreateProjectRequest;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskStatus;
import dev.labelsdk.refonte.model.TaskType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reliability 3: many threads create (with colliding unique_ids), tag, set metadata, cancel
 * and list the same tasks at once. Afterwards: every unique_id has one holder, no tag added
 * concurrently is lost, and the counts every endpoint reports agree with the tasks.
 */
class ConcurrencyInvariantsTest {

  @RegisterExtension
  static LabelMockExtension mock =
      LabelMockExtension.withRefonte(RefonteConfig.builder().rateLimit(RateLimit.UNLIMITED).build());

  private static final int THREADS = 16;

  @Test
  void invariantsHoldAfterAConcurrentWorkload() throws Exception {
    try (RefonteClient client = RefonteClient.builder().apiKey("live_concurrency")
        .baseUrl(mock.refonteBaseUrl()).build()) {
      client.projects().create(CreateProjectRequest.builder(TaskType.IMAGE_ANNOTATION, "p").build());
      client.batches().create(CreateBatchRequest.builder("p", "b").build());

      // Phase 1: 16 threads create 50 tasks each over only 200 unique_ids: collisions are certain.
      Map<String, String> holderByUid = new ConcurrentHashMap<>();
      AtomicInteger conflicts = new AtomicInteger();
      runAll(THREADS, t -> {
        Random random = new Random(t);
        for (int i = 0; i < 50; i++) {
          String uid = "uid-" + random.nextInt(200);
          try {
            Task task = client.tasks().create(request(uid));
            assertThat(holderByUid.putIfAbsent(uid, task.taskId())).as("a second holder of " + uid)
                .isNull();
          } catch (DuplicateTaskException e) {
            conflicts.incrementAndGet();
            assertThat(e.conflictingTaskId()).matches("[0-9a-f]{24}");
          }
        }
      });
      List<Task> tasks = new ArrayList<>();
      client.tasks().listAll(TaskListRequest.builder().build()).forEach(tasks::add);
      assertThat(tasks).hasSize(holderByUid.size());
      assertThat(tasks.size() + conflicts.get()).isEqualTo(THREADS * 50);

      // Phase 2: on the first 40 tasks, threads 0-4 each add their own tag while the others set
      // metadata, cancel and list; every added tag must survive (5 is the limit per task).
      List<Task> targets = tasks.subList(0, 40);
      Set<String> canceled = ConcurrentHashMap.newKeySet();
      runAll(THREADS, t -> {
        for (int i = 0; i < targets.size(); i++) {
          String id = targets.get(i).taskId();
          if (t < 5) {
            client.tasks().addTags(id, List.of("tag-" + t));
          } else if (t < 9) {
            client.tasks().setMetadata(id, Map.of("writer", t, "round", i));
          } else if (i % 3 == 0) {
            client.tasks().cancel(id); // idempotent: several threads cancel the same tasks
            canceled.add(id);
          } else {
            client.tasks().list(TaskListRequest.builder().limit(10).build());
          }
        }
      });
      Set<String> expectedTags = Set.of("tag-0", "tag-1", "tag-2", "tag-3", "tag-4");
      for (Task target : targets) {
        Task now = client.tasks().get(target.taskId());
        assertThat(now.tags().orElseThrow()).as(target.taskId())
            .containsExactlyInAnyOrderElementsOf(expectedTags);
        assertThat(now.status())
            .isEqualTo(canceled.contains(target.taskId()) ? TaskStatus.CANCELED : TaskStatus.PENDING);
      }

      // Counts agree everywhere.
      Map<TaskStatus, Integer> byStatus = new HashMap<>();
      client.tasks().listAll(TaskListRequest.builder().build())
          .forEach(t -> byStatus.merge(t.status(), 1, Integer::sum));
      BatchStatusCounts counts = client.batches().status("b");
      assertThat(counts.pending()).isEqualTo((long) byStatus.getOrDefault(TaskStatus.PENDING, 0));
      assertThat(counts.canceled()).isEqualTo((long) canceled.size());
      TaskListRequest canceledOnly = TaskListRequest.builder().status(TaskStatus.CANCELED).limit(1).build();
      assertThat(client.tasks().list(canceledOnly).total()).isEqualTo((long) canceled.size());
      for (Map.Entry<String, String> e : holderByUid.entrySet()) {
        List<Task> holders =
            client.tasks().list(TaskListRequest.builder().uniqueIds(e.getKey()).build()).docs();
        assertThat(holders).extracting(Task::taskId).containsExactly(e.getValue());
      }
    }
  }

  private static CreateTaskRequest request(String uid) {
    return CreateTaskRequest.builder(TaskType.IMAGE_ANNOTATION)
        .attachment("https://example.com/" + uid + ".jpg")
        .batch("b")
        .uniqueId(uid)
        .param("geometries", Map.of("box", Map.of("objects_to_annotate", List.of("car"))))
        .build();
  }

  private interface Worker {
    void run(int thread) throws Exception;
  }

  private static void runAll(int threads, Worker worker) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(pool.submit(() -> {
        start.await();
        worker.run(thread);
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
  }
}
