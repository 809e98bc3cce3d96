package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AutoPagerTest {

  /** Pages keyed by the cursor that fetches them ("" for the first). */
  private final List<Optional<String>> fetched = new ArrayList<>();

  private AutoPager<Integer> pager(Map<String, PageResult<Integer>> pages) {
    return AutoPager.of(cursor -> {
      fetched.add(cursor);
      return pages.get(cursor.orElse(""));
    }, AutoPager.CURSOR_RULES);
  }

  private static PageResult<Integer> page(boolean hasMore, String next, Integer... items) {
    return new PageResult<>(List.of(items), hasMore, Optional.ofNullable(next));
  }

  @Test
  void followsCursorsUntilHasMoreIsFalse() {
    AutoPager<Integer> pager = pager(Map.of(
        "", page(true, "t1", 1, 2),
        "t1", page(true, "t2", 3),
        "t2", page(false, null, 4)));
    assertThat(pager.stream().toList()).containsExactly(1, 2, 3, 4);
    assertThat(fetched).containsExactly(Optional.empty(), Optional.of("t1"), Optional.of("t2"));
  }

  @Test
  void fetchesNothingUntilIteratedAndOnlyWhatIsConsumed() {
    AutoPager<Integer> pager = pager(Map.of(
        "", page(true, "t1", 1, 2),
        "t1", page(false, null, 3)));
    assertThat(fetched).isEmpty();
    assertThat(pager.stream().limit(2).toList()).containsExactly(1, 2);
    assertThat(fetched).hasSize(1);
  }

  @Test
  void stopsWhenTheServerSaysMoreButSendsNoCursor() {
    AutoPager<Integer> pager = pager(Map.of("", page(true, null, 1)));
    assertThat(pager.stream().toList()).containsExactly(1);
    AutoPager<Integer> empty = pager(Map.of("", page(true, "", 2)));
    assertThat(empty.stream().toList()).containsExactly(2);
  }

  @Test
  void stopsOnARepeatedCursor() {
    AutoPager<Integer> pager = pager(Map.of(
        "", page(true, "t1", 1),
        "t1", page(true, "t2", 2),
        "t2", page(true, "t1", 3)));
    assertThat(pager.stream().toList()).containsExactly(1, 2, 3);
    assertThat(fetched).hasSize(3);
  }

  @Test
  void eachIterationStartsAgainFromTheFirstPage() {
    AutoPager<Integer> pager = pager(Map.of("", page(false, null, 1, 2)));
    assertThat(pager.stream().toList()).containsExactly(1, 2);
    assertThat(pager.stream().toList()).containsExactly(1, 2);
    assertThat(fetched).hasSize(2);
  }

  @Test
  void offsetRulesStopOnAnEmptyPage() {
    List<Optional<String>> cursors = new ArrayList<>();
    AutoPager<Integer> pager = AutoPager.of(cursor -> {
      cursors.add(cursor);
      int offset = cursor.map(Integer::parseInt).orElse(0);
      List<Integer> items = offset < 4 ? List.of(offset, offset + 1) : List.of();
      return new PageResult<>(items, true, Optional.of(String.valueOf(offset + 2)));
    }, AutoPager.OFFSET_RULES);
    assertThat(pager.stream().toList()).containsExactly(0, 1, 2, 3);
    assertThat(cursors).containsExactly(Optional.empty(), Optional.of("2"), Optional.of("4"));
  }

  @Test
  void pageNumberPagingStopsAfterAShortPage() {
    List<Integer> pages = new ArrayList<>();
    AutoPager<Integer> pager = AutoPager.ofPageNumbers(page -> {
      pages.add(page);
      return page < 3 ? List.of(page * 10, page * 10 + 1) : List.of(page * 10);
    }, 1, 2);
    assertThat(pager.stream().toList()).containsExactly(10, 11, 20, 21, 30);
    assertThat(pages).containsExactly(1, 2, 3);
  }

  @Test
  void pageNumberPagingStopsAfterAnEmptyPageAndStartsWhereAsked() {
    List<Integer> pages = new ArrayList<>();
    AutoPager<Integer> pager = AutoPager.ofPageNumbers(page -> {
      pages.add(page);
      return page < 4 ? List.of(page, page) : List.of();
    }, 2, 2);
    assertThat(pager.stream().toList()).containsExactly(2, 2, 3, 3);
    assertThat(pages).containsExactly(2, 3, 4);
  }

  @Test
  void theShortPageRuleComparesWithThePageSize() {
    StopRule rule = StopRule.shortPage(3);
    assertThat(rule.stopAfter(new PageResult<>(List.of(1, 2), true, Optional.of("2")),
        Set.of())).isTrue();
    assertThat(rule.stopAfter(new PageResult<>(List.of(1, 2, 3), true, Optional.of("2")),
        Set.of())).isFalse();
    assertThatThrownBy(() -> StopRule.shortPage(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
