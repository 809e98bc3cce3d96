package dev.labelsdk.mock.clarifai;

import java.util.Objects;

/** An app, named by its owner's user id and its app id; apps never share data. */
public record AppRef(String userId, String appId) {

  public AppRef {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(appId, "appId");
  }

  @Override
  public String toString() {
    return userId + "/" + appId;
  }
}
