package dev.labelsdk.mock.server;

/** The request bodies of the seed documents (Clarifai "Tasks" guide), with placeholders filled in. */
final class ClarifaiSeeds {

  private ClarifaiSeeds() {}

  static final String NON_ASSIGNED_TASK = """
      {"tasks":[{"type":"CONCEPTS_CLASSIFICATION","name":"Annotate water","worker":{"strategy":"FULL"},
        "concept_ids":["water"],"input_source":{"type":"ALL_INPUTS"},"sample_ms":1000,
        "review":{"strategy":"NONE"}}]}""";

  static final String ASSIGNED_TASK = """
      {"tasks":[{"type":"CONCEPTS_CLASSIFICATION","name":"Annotate water",
        "worker":{"strategy":"FULL","user_ids":["u1"]},"concept_ids":["water"],
        "input_source":{"type":"ALL_INPUTS"},"sample_ms":1000,
        "review":{"strategy":"MANUAL","manual_strategy_info":{"sample_percentage":0.5},"user_ids":["r1"]}}]}""";

  static final String PARTITIONED_TASK = """
      {"tasks":[{"type":"CONCEPTS_CLASSIFICATION","name":"Annotate water",
        "worker":{"strategy":"PARTITIONED","user_ids":["u1","u2"],
          "partitioned_strategy_info":{"type":"WEIGHTED","workers_per_input":1,"weights":{"u1":90,"u2":10}}},
        "concept_ids":["water"],"input_source":{"type":"ALL_INPUTS"},"sample_ms":1000,
        "review":{"strategy":"NONE"}}]}""";

  static final String CONSENSUS_TASK = """
      {"tasks":[{"type":"CONCEPTS_CLASSIFICATION","name":"Annotate water",
        "worker":{"strategy":"PARTITIONED","user_ids":["u1","u2","u3"],
          "partitioned_strategy_info":{"type":"WEIGHTED","workers_per_input":1,"weights":{"u1":1,"u2":1,"u3":1}}},
        "concept_ids":["water"],"input_source":{"type":"ALL_INPUTS"},"sample_ms":1000,
        "review":{"strategy":"CONSENSUS","consensus_strategy_info":{"approval_threshold":2},"user_ids":["u4"]}}]}""";

  /** The seeds' "Update Task" body for task {@code id}. */
  static String updateTask(String id) {
    return """
        {"action":"overwrite","tasks":[{"id":"%s","type":"CONCEPTS_CLASSIFICATION","name":"Annotate water",
          "worker":{"strategy":"PARTITIONED","user_ids":["u1","u2"],
            "partitioned_strategy_info":{"type":"WEIGHTED","workers_per_input":1,"weights":{"u1":1,"u2":1}}},
          "concept_ids":["water"],"input_source":{"type":"ALL_INPUTS"},"sample_ms":1000,
          "review":{"strategy":"CONSENSUS","consensus_strategy_info":{"approval_threshold":2},"user_ids":["u3"]},
          "status":{"code":"TASK_DONE"}}]}""".formatted(id);
  }
}
