package dev.labelsdk.benchmarks;

import java.time.LocalDate;
import java.util.List;

/**
 * Runs the benchmarks and prints one table each:
 * {@code Bench all|frontdoor|launch|throughput|listing|sdk|decode|startup|autopager|async|pacing|snapshot}
 * (not in "all": launch, which frontdoor includes, async, pacing and snapshot).
 */
public final class Bench {

  private Bench() {}

  public static void main(String[] args) throws Exception {
    String which = args.length == 0 ? "all" : args[0];
    System.out.printf("labelsdk benchmarks, %s, %d cores, Java %s, max heap %s%n", LocalDate.now(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Heap.mib(Runtime.getRuntime().maxMemory()));
    List<String> all = List.of("frontdoor", "throughput", "listing", "sdk", "decode", "startup", "autopager");
    for (String name : which.equals("all") ? all : List.of(which.split(","))) {
      switch (name) {
        case "frontdoor" -> FrontDoorBench.run();
        case "launch" -> FrontDoorBench.startup(); // the front door's figures one at a time
        case "slowbodies" -> FrontDoorBench.slowBodies();
        case "throughput" -> MockThroughput.run();
        case "listing" -> {
          ListingAtScale.run(Integer.getInteger("bench.tasks", 1_000_000));
          ClarifaiListingAtScale.run(Integer.getInteger("bench.tasks", 1_000_000));
        }
        case "sdk" -> SdkOverhead.run();
        case "decode" -> DecodeOnly.run();
        case "startup" -> StartAndReset.run();
        case "autopager" -> AutoPaging.run(Integer.getInteger("bench.tasks", 1_000_000));
        case "async" -> AsyncAndBulk.run();
        case "pacing" -> PacingSimulation.run();
        case "snapshot" -> SnapshotAtScale.run(Integer.getInteger("bench.tasks", 1_000_000));
        case "checkpoint" -> CheckpointHeap.run(Integer.getInteger("bench.items", 1_000_000),
            Integer.getInteger("bench.repeats", 3));
        default -> throw new IllegalArgumentException("unknown benchmark " + name + "; one of " + all);
      }
    }
  }
}
