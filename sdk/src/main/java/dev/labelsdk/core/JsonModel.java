package dev.labelsdk.core;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A model of either API whose JSON form is what the SDK's JSON mapping writes of it: the
 * models' {@code toJson()}, declared once.
 */
public interface JsonModel {

  /**
   * The object as JSON, in its API's wire format (a copy).
   *
   * @return the JSON object
   */
  default ObjectNode toJson() {
    return JsonSupport.toJson(this);
  }
}
