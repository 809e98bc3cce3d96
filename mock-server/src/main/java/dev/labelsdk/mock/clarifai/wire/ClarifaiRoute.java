package dev.labelsdk.mock.clarifai.wire;

import dev.labelsdk.mock.http.RouteTable;
import java.util.List;

/**
 * Every Clarifai route of spec §1 by RPC: method, path under {@code /v2} (or under
 * {@code /v2/users/{user_id}/apps/{app_id}}), whether the short form exists, the key scope it
 * needs (spec §2.3, mock choice) and the list fields its response always carries (§4.1). The
 * router is the shared {@link RouteTable}, built from this enum.
 */
enum ClarifaiRoute {
  POST_TASKS("POST", "tasks", true, "Tasks:Add", "tasks"),
  GET_TASK("GET", "tasks/{task_id}", true, "Tasks:Get"),
  LIST_TASKS("GET", "tasks", true, "Tasks:Get", "tasks"),
  PATCH_TASKS("PATCH", "tasks", true, "Tasks:Patch", "tasks"),
  DELETE_TASKS("DELETE", "tasks", true, "Tasks:Delete"),
  GET_TASK_ANNOTATION_COUNT("GET", "tasks/{task_id}/annotations/count", true, "Tasks:Get", "counts"),
  GET_TASK_INPUT_COUNT("GET", "tasks/{task_id}/inputs/count", true, "Tasks:Get", "counts"),
  PUT_TASK_ASSIGNMENTS("PUT", "tasks/{task_id}/assignments", false, "Tasks:Patch", "task_assignments"),
  LIST_NEXT_TASK_ASSIGNMENTS("GET", "tasks/{task_id}/assignments", true, "Tasks:Get", "inputs"),
  PATCH_ANNOTATIONS_STATUS("PATCH", "task/{task_id}/annotations/status", false, "Annotations:Patch", "user_ids"),
  POST_INPUTS("POST", "inputs", true, "Inputs:Add", "inputs"),
  LIST_INPUTS("GET", "inputs", true, "Inputs:Get", "inputs"),
  GET_INPUT("GET", "inputs/{input_id}", true, "Inputs:Get"),
  DELETE_INPUTS("DELETE", "inputs", true, "Inputs:Delete"),
  DELETE_INPUT("DELETE", "inputs/{input_id}", true, "Inputs:Delete"),
  POST_DATASETS("POST", "datasets", true, "Datasets:Add", "datasets"),
  LIST_DATASETS("GET", "datasets", true, "Datasets:Get", "datasets"),
  GET_DATASET("GET", "datasets/{dataset_id}", true, "Datasets:Get"),
  POST_DATASET_INPUTS("POST", "datasets/{dataset_id}/inputs", true, "Datasets:Add", "dataset_inputs"),
  LIST_DATASET_INPUTS("GET", "datasets/{dataset_id}/inputs", true, "Datasets:Get", "dataset_inputs"),
  DELETE_DATASET_INPUTS("DELETE", "datasets/{dataset_id}/inputs", true, "Datasets:Delete"),
  POST_SEARCHES("POST", "searches", true, "Searches:Add", "searches", "hits"),
  LIST_SEARCHES("GET", "searches", true, "Searches:Get", "searches"),
  GET_SEARCH("GET", "searches/{search_id}", true, "Searches:Get"),
  POST_CONCEPTS("POST", "concepts", true, "Concepts:Add", "concepts"),
  LIST_CONCEPTS("GET", "concepts", true, "Concepts:Get", "concepts"),
  GET_CONCEPT("GET", "concepts/{concept_id}", true, "Concepts:Get"),
  POST_ANNOTATIONS("POST", "annotations", true, "Annotations:Add", "annotations"),
  PATCH_ANNOTATIONS("PATCH", "annotations", true, "Annotations:Patch", "annotations"),
  LIST_ANNOTATIONS("GET", "annotations", true, "Annotations:Get", "annotations"),
  GET_ANNOTATION("GET", "inputs/{input_id}/annotations/{annotation_id}", true, "Annotations:Get"),
  DELETE_ANNOTATIONS("DELETE", "annotations", true, "Annotations:Delete"),
  LIST_COLLABORATORS("GET", "collaborators", false, "Collaborators:Get", "collaborators"),
  POST_COLLABORATORS("POST", "collaborators", false, "Collaborators:Add", "collaborators"),
  DELETE_COLLABORATORS("DELETE", "collaborators", false, "Collaborators:Delete");

  /** The long form's prefix: {@code /v2/users/{user_id}/apps/{app_id}}. */
  static final String LONG_FORM = "/v2/users/{user_id}/apps/{app_id}/";

  /** The router: every route in its long form, and in its short form when it has one. */
  static final RouteTable<ClarifaiRoute> TABLE = table();

  final String method;
  final String template;
  final boolean shortForm;
  final String scope;
  final List<String> listFields;

  ClarifaiRoute(String method, String template, boolean shortForm, String scope, String... listFields) {
    this.method = method;
    this.template = template;
    this.shortForm = shortForm;
    this.scope = scope;
    this.listFields = List.of(listFields);
  }

  private static RouteTable<ClarifaiRoute> table() {
    RouteTable<ClarifaiRoute> table = new RouteTable<>();
    for (ClarifaiRoute r : values()) {
      table.add(r.method, LONG_FORM + r.template, r);
      if (r.shortForm) {
        table.add(r.method, "/v2/" + r.template, r);
      }
    }
    return table;
  }
}
