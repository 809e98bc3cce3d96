package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.core.Retrier;
import dev.labelsdk.core.bulk.BulkOutcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * How {@link TaskResource#submitAll} sends a batch of tasks: one {@code POST .../tasks} of
 * several tasks (PostTasks takes a {@code tasks} list), through the async create and its
 * recovery. A create of several tasks is all or none (spec §5.4), so a batch that fails because
 * of some of its tasks is taken apart:
 * <ul>
 *   <li>40010 met after a lost answer, with every id found by the create's recovery listing:
 *       the lost attempt created them ({@code CREATED});</li>
 *   <li>any other 40010: one listing of the batch's ids; those found are
 *       {@code ALREADY_EXISTED} (an earlier run made them), the rest are sent again;</li>
 *   <li>a request error caused by a task (400 or 404): the batch is split in halves until each
 *       bad task fails alone, so one bad task costs about {@code 2 log2(batch)} requests and
 *       fails only itself.</li>
 * </ul>
 * A task whose {@code problems()} are not empty fails without being sent.
 */
final class BulkTaskSubmitter {

  private BulkTaskSubmitter() {}

  /** Tasks as a kind of batched item; the identity digests {@code toJson()}, as before. */
  static BulkBatchSubmitter.Kind<Task> kind(TaskResourceImpl sync, ClarifaiService service) {
    return new BulkBatchSubmitter.Kind<>("tasks", Task::id,
        (t, id) -> t.toBuilder().id(id).build(), Task::toJson,
        (calls, batch, sent) -> {
          List<Item> items = new ArrayList<>();
          for (int i = 0; i < sent.size(); i++) {
            items.add(new Item(batch.first() + i, batch.identities().get(i), sent.get(i)));
          }
          return send(sync, new TaskResourceAsyncImpl(sync, service, calls), items);
        });
  }

  /** One task of a batch: its position in the input, its identity, the task as sent. */
  private record Item(int index, String identity, Task task) {}

  private static CompletableFuture<List<BulkOutcome<Task>>> send(TaskResourceImpl sync,
      TaskResourceAsync async, List<Item> items) {
    List<BulkOutcome<Task>> invalid = new ArrayList<>();
    List<Item> valid = new ArrayList<>();
    for (Item item : items) {
      if (item.task().problems().isEmpty()) {
        valid.add(item);
      } else {
        invalid.add(BulkOutcome.failed(item.index(), item.identity(),
            new dev.labelsdk.core.InvalidRequestException("task \"" + item.task().name() + "\"",
                item.task().problems())));
      }
    }
    return create(sync, async, valid).thenApply(sent -> {
      List<BulkOutcome<Task>> all = new ArrayList<>(sent);
      all.addAll(invalid);
      all.sort(Comparator.comparingInt(BulkOutcome::index));
      return all;
    });
  }

  private static CompletableFuture<List<BulkOutcome<Task>>> create(TaskResourceImpl sync,
      TaskResourceAsync async, List<Item> items) {
    if (items.isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    return async.create(tasks(items)).handle((created, error) -> {
      if (error == null) {
        List<BulkOutcome<Task>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
          Task task = i < created.size() ? created.get(i) : items.get(i).task();
          out.add(BulkOutcome.created(items.get(i).index(), items.get(i).identity(), task,
              items.get(i).task().id()));
        }
        return CompletableFuture.completedFuture(out);
      }
      RuntimeException failure = Retrier.unwrapFailure(error);
      if (ClarifaiRecovery.code(failure) == StatusCode.DATABASE_DUPLICATE_KEY.number()) {
        return sortOutExisting(sync, async, items, failure);
      }
      if (items.size() > 1 && causedByAnItem(failure)) {
        int half = items.size() / 2;
        return create(sync, async, items.subList(0, half)).thenCombine(
            create(sync, async, items.subList(half, items.size())), BulkTaskSubmitter::concat);
      }
      return CompletableFuture.completedFuture(failed(items, failure));
    }).thenCompose(f -> f);
  }

  /**
   * A 40010 that is not this batch's own lost create: one listing of the batch's ids; the tasks
   * found already existed, the others go again (fewer each time, so this ends).
   */
  private static CompletableFuture<List<BulkOutcome<Task>>> sortOutExisting(
      TaskResourceImpl sync, TaskResourceAsync async, List<Item> items,
      RuntimeException conflict) {
    return async.list(sync.createRequest(tasks(items)).createdQuery()).handle((page, error) -> {
      if (error != null) {
        return CompletableFuture.completedFuture(failed(items, conflict));
      }
      Set<String> found = new HashSet<>();
      page.items().forEach(t -> found.add(t.id()));
      List<BulkOutcome<Task>> existed = new ArrayList<>();
      List<Item> rest = new ArrayList<>();
      for (Item item : items) {
        if (found.contains(item.task().id())) {
          existed.add(BulkOutcome.alreadyExisted(item.index(), item.identity(),
              item.task().id()));
        } else {
          rest.add(item);
        }
      }
      if (existed.isEmpty()) {
        // None of them is in the app, yet an id is taken: nothing to learn by sending again.
        return CompletableFuture.completedFuture(failed(items, conflict));
      }
      return create(sync, async, rest).thenApply(sent -> concat(existed, sent));
    }).thenCompose(f -> f);
  }

  /** A request error that one task can cause (validation, a missing reference). */
  private static boolean causedByAnItem(RuntimeException failure) {
    return failure instanceof InvalidRequestException || failure instanceof NotFoundException;
  }

  private static List<Task> tasks(List<Item> items) {
    return items.stream().map(Item::task).toList();
  }

  private static List<BulkOutcome<Task>> failed(List<Item> items, RuntimeException failure) {
    return items.stream()
        .map(i -> BulkOutcome.<Task>failed(i.index(), i.identity(), failure)).toList();
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
