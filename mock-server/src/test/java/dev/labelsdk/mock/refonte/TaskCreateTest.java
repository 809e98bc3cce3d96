package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Task creation at the engine level (spec §4.2): the stored task, every rule, the order of checks. */
class TaskCreateTest extends EngineFixture {

  private final Caller c = caller("live_creator");

  private void refused(CreateTask task, ErrorCode code, String message) {
    assertThatThrownBy(() -> engine.tasks().create(c, task))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessage(message);
  }

  private void invalid(CreateTask task, String reason) {
    refused(task, ErrorCode.INVALID_PARAMETER, "Parameter is invalid, reason: " + reason);
  }

  @Test
  void theTaskIsStoredAsGivenWithEveryOtherFieldInParams() {
    TaskView t = engine.tasks().create(c, Nodes.task("ImageAnnotation", "attachment", "http://x/1",
            "geometries", Nodes.obj("box", Nodes.obj("objects_to_annotate", List.of("car")))).instruction("Box cars")
        .callbackUrl("https://hooks.example/t").metadata(Nodes.obj("k", 1)).tags(List.of("a", "b", "a"))
        .uniqueId("u-1").build());

    assertThat(t.id()).hasSize(24);
    assertThat(t.type()).isEqualTo("imageannotation");
    assertThat(t.status()).isEqualTo(TaskStatus.PENDING);
    assertThat(t.createdAt()).isEqualTo(START.toEpochMilli()).isEqualTo(t.updatedAt());
    assertThat(t.completedAt()).isNull();
    assertThat(t.instruction()).isEqualTo("Box cars");
    assertThat(t.params()).isEqualTo(Nodes.obj("attachment", "http://x/1",
        "geometries", Nodes.obj("box", Nodes.obj("objects_to_annotate", List.of("car")))));
    assertThat(t.metadata()).isEqualTo(Nodes.obj("k", 1));
    assertThat(t.tags()).containsExactly("a", "b");
    assertThat(t.uniqueId()).isEqualTo("u-1");
    assertThat(t.project()).isNull();
    assertThat(t.projectParamVersion()).isNull();
    assertThat(engine.tasks().get(c, t.id())).isEqualTo(t);
  }

  @Test
  void absentFieldsStayAbsent() {
    TaskView t = engine.tasks().create(c, CreateTask.builder("chat").build());
    assertThat(t.metadata()).isEqualTo(Nodes.obj());
    assertThat(t.tags()).isNull();
    assertThat(t.uniqueId()).isNull();
    assertThat(t.instruction()).isNull();
    assertThat(t.response()).isNull();
    assertThat(t.audits()).isEmpty();
  }

  @Test
  void theRulesOfEachTypeAreChecked() {
    refused(CreateTask.builder("nonsense").build(), ErrorCode.INVALID_PARAMETER, "Unknown task type \"nonsense\".");
    invalid(CreateTask.builder("imageannotation").build(), "\"attachment\" is required");
    invalid(Nodes.image("not a uri").build(), "\"attachment\" must be a valid uri (got \"not a uri\")");
    invalid(Nodes.task("imageannotation", "attachment", 5).build(), "\"attachment\" must be a string");
    invalid(Nodes.task("imageannotation", "attachment", "x", "attachment_type", "gif").build(),
        "\"attachment_type\" must be one of audio, document, image, json, pdf, text, video, website");
    invalid(Nodes.task("comparison", "attachments", List.of()).build(),
        "\"attachments\" must be a non-empty array of strings");
    invalid(Nodes.task("comparison", "attachments", List.of("http://x", "nope")).build(),
        "\"attachments\" must contain only valid uris (got \"nope\")");
    invalid(Nodes.task("categorization", "attachment", "http://x").build(), "\"categories\" or \"taxonomies\" is required");
    invalid(Nodes.task("categorization", "attachment", "http://x", "categories", List.of("a", "")).build(),
        "\"categories\" must be a non-empty array of non-empty strings");
    invalid(Nodes.task("namedentityrecognition", "labels", List.of(Nodes.obj("name", "x"))).build(),
        "\"text\" is required and must be a non-empty string");
    invalid(Nodes.task("namedentityrecognition", "text", "t", "labels", List.of(Nodes.obj("nom", "x"))).build(),
        "\"labels[0].name\" is required");

    // what passes: a text attachment need not be a URI, chat needs no attachment, taxonomies replace categories
    engine.tasks().create(c, Nodes.task("imageannotation", "attachment", "plain words", "attachment_type", "text").build());
    engine.tasks().create(c, CreateTask.builder("chat").build());
    engine.tasks().create(c, Nodes.task("categorization", "attachment", "http://x", "taxonomies", Nodes.obj()).build());
    assertThat(engine.tasks().list(c, TaskFilter.NONE, null, 0, 10).total()).isEqualTo(3);
  }

  @Test
  void theLimitsOfSpec3AreChecked() {
    invalid(Nodes.image("http://x").tags(List.of("1", "2", "3", "4", "5", "6")).build(),
        "a task can have at most 5 tags (got 6)");
    invalid(Nodes.image("http://x").tags(List.of("ok", " ")).build(),
        "\"tags\" must contain only non-empty strings (got \" \")");
    invalid(Nodes.image("http://x").metadata(Nodes.obj("big", "x".repeat(10 * 1024))).build(),
        "\"metadata\" must be at most 10240 bytes (got 10250)");
    invalid(Nodes.image("http://x").tags(java.util.Arrays.asList("ok", null)).build(),
        "\"tags\" must contain only non-empty strings (got null)");
    invalid(Nodes.image("http://x").uniqueId("").build(), "\"unique_id\" must be a non-empty string");
    invalid(Nodes.image("http://x").project("").build(), "\"project\" must be a non-empty string");

    TaskView five = engine.tasks().create(c, Nodes.image("http://x").tags(List.of("1", "2", "3", "4", "5", "5")).build());
    assertThat(five.tags()).containsExactly("1", "2", "3", "4", "5");
  }

  @Test
  void aBatchMustExistAndDecidesTheProject() {
    engine.projects().create(c, new ProjectOperations.CreateProject("imageannotation", "p", null, false, false));
    engine.batches().create(c, new BatchOperations.CreateBatch("p", "b", null, false, false, null));

    refused(Nodes.image("http://x").batch("nope").build(), ErrorCode.INVALID_PARAMETER, "Batch \"nope\" not found.");
    invalid(Nodes.image("http://x").batch("b").project("q").build(),
        "\"project\" (\"q\") does not match the project of batch \"b\" (\"p\")");

    TaskView inBatch = engine.tasks().create(c, Nodes.image("http://x").batch("b").build());
    assertThat(inBatch.project()).isEqualTo("p");
    assertThat(inBatch.batch()).isEqualTo("b");
    assertThat(inBatch.projectParamVersion()).isZero();
    TaskView unknownProject = engine.tasks().create(c, Nodes.image("http://x").project("elsewhere").build());
    assertThat(unknownProject.project()).isEqualTo("elsewhere"); // a project alone is taken as given
    assertThat(unknownProject.projectParamVersion()).isNull();
  }

  @Test
  void tasksGetTheProjectsLatestParamVersion() {
    engine.projects().create(c, new ProjectOperations.CreateProject("imageannotation", "p", null, false, false));
    engine.projects().setParams(c, "p", Nodes.obj("instruction", "v1"), false);

    assertThat(engine.tasks().create(c, Nodes.image("http://x").project("p").build()).projectParamVersion()).isEqualTo(1);
  }

  @Test
  void aUniqueIdHeldByAnotherTaskIsADuplicateWithinTheTenantOnly() {
    String holder = engine.tasks().create(c, Nodes.image("http://x").uniqueId("u").build()).id();

    refused(Nodes.image("http://x").uniqueId("u").build(), ErrorCode.DUPLICATE_UNIQUE_ID,
        "The unique_id (\"u\") is already used for a different task (" + holder + ").");
    assertThat(engine.tasks().create(caller("live_other"), Nodes.image("http://x").uniqueId("u").build()).uniqueId())
        .isEqualTo("u");
  }

  @Test
  void aTypeTheAccountHasNotEnabledIsRefusedAfterValidation() {
    reconfigure(RefonteConfig.builder().rateLimit(RateLimit.UNLIMITED).allowKey(
        new RefonteConfig.ApiKey("live_limited", null, null, null, null, Set.of("chat"))));
    Caller limited = caller("live_limited");

    assertThatThrownBy(() -> engine.tasks().create(limited, CreateTask.builder("Chat").build()))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_ENABLED))
        .hasMessage("Task type \"chat\" is not enabled for this account.");
    assertThatThrownBy(() -> engine.tasks().create(limited, CreateTask.builder("chat").uniqueId("").build()))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER));
    assertThat(engine.tasks().create(limited, Nodes.image("http://x").build()).type()).isEqualTo("imageannotation");
  }

  @Test
  void tagsAndParamsAreCopiedNotShared() {
    List<String> tags = new java.util.ArrayList<>(List.of("a"));
    var params = Nodes.obj("attachment", "http://x");
    TaskView t = engine.tasks().create(c, CreateTask.builder("imageannotation").params(params).tags(tags).build());
    tags.add("b");
    params.put("attachment", "http://changed");

    TaskView stored = engine.tasks().get(c, t.id());
    assertThat(stored.tags()).containsExactly("a");
    assertThat(stored.params().get("attachment").asText()).isEqualTo("http://x");
  }

  @Test
  void everyTaskTypeOfTheSpecCanBeCreated() {
    for (String type : TaskTypes.ALL) {
      CreateTask.Builder task = switch (type) {
        case "namedentityrecognition" -> Nodes.task(type, "text", "Ada", "labels", List.of(Nodes.obj("name", "PER")));
        case "comparison" -> Nodes.task(type, "attachments", List.of("http://x/1", "http://x/2"));
        case "categorization" -> Nodes.task(type, "attachment", "http://x", "categories", List.of("a"));
        default -> Nodes.task(type, "attachment", "http://x");
      };
      assertThat(engine.tasks().create(c, task.build()).type()).isEqualTo(type);
    }
    assertThat(engine.tasks().list(c, TaskFilter.NONE, null, 0, 100).total()).isEqualTo(TaskTypes.ALL.size());
  }
}
