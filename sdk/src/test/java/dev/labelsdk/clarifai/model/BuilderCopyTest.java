package dev.labelsdk.clarifai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The Clarifai models keep a private copy of their builder: a built object never changes when
 * its builder, or a builder from its {@code toBuilder()}, changes afterwards.
 */
class BuilderCopyTest {

  @Test
  void laterBuilderChangesDoNotReachTheBuiltObject() {
    Input.Builder builder = Input.builder().id("in1").text("lake").datasetIds("ds1")
        .concepts(Concept.of("water"));
    Input input = builder.build();

    builder.id("in2").datasetIds("ds2").concepts(Concept.of("boat"))
        .additionalProperty("zz", TextNode.valueOf("x"));

    assertThat(input.id()).isEqualTo("in1");
    assertThat(input.datasetIds()).containsExactly("ds1");
    assertThat(input.data().positiveConceptIds()).containsExactly("water");
    assertThat(input.additionalProperties()).isEmpty();
  }

  @Test
  void toBuilderIsIndependentOfTheObjectItCameFrom() {
    Input input = Input.builder().id("in1").datasetIds("ds1").build();
    Input changed = input.toBuilder().datasetIds("ds2").text("new").build();

    assertThat(changed.datasetIds()).containsExactly("ds1", "ds2");
    assertThat(input.datasetIds()).containsExactly("ds1");
    assertThat(input.data().text()).isEmpty();
    assertThat(input).isEqualTo(input.toBuilder().build())
        .hasSameHashCodeAs(input.toBuilder().build());

    Data data = Data.builder().concepts(Concept.of("a")).build();
    Data more = data.toBuilder().concepts(Concept.of("b")).build();
    assertThat(data.concepts()).extracting(Concept::id).containsExactly("a");
    assertThat(more.concepts()).extracting(Concept::id).containsExactly("a", "b");
  }

  @Test
  void listsHandedOutStayUnmodifiable() {
    Input input = Input.builder().datasetIds("ds1").concepts(Concept.of("a")).build();

    assertThatThrownBy(() -> input.datasetIds().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> input.data().concepts().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> input.toBuilder().build().datasetIds().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void annotationLabelsAddUpAndItsCopiesAreEqual() {
    Annotation annotation = Annotation.builder().inputId("in1").taskId("t1")
        .concepts(Concept.of("water")).conceptIds("lake").draft().build();

    assertThat(annotation.data().positiveConceptIds()).containsExactly("water", "lake");
    Annotation copy = annotation.toBuilder().build();
    assertThat(copy).isEqualTo(annotation).hasSameHashCodeAs(annotation);
    assertThat(annotation.toBuilder().taskId("t2").build()).isNotEqualTo(annotation);
  }

  @Test
  void savedSearchWithNameLeavesTheOriginal() {
    SavedSearch search = SavedSearch.of("s1", SearchQuery.of(SearchFilter.dataset("ds1")));
    SavedSearch named = search.withName("lakes");

    assertThat(search.name()).isEmpty();
    assertThat(named.name()).isEqualTo("lakes");
    assertThat(named.query()).isEqualTo(search.query());
    assertThat(named).isNotEqualTo(search);
    assertThat(search.withName(null)).isEqualTo(search).hasSameHashCodeAs(search);
    assertThat(named.toJson().path("save").asBoolean()).isTrue();
  }
}
