package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.mock.refonte.RefonteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tenants over HTTP: failed requests create none, their number is bounded, keys are per-tenant capped. */
class RefonteTenantsHttpTest {

  @RegisterExtension
  static LabelMockExtension mock = LabelMockExtension.withRefonte(RefonteConfig.builder()
      .maxTenants(3).idempotencyMaxRecords(30).idempotencyMaxRecordsPerTenant(10).build());

  private static final String BODY = "{\"attachment\":\"http://x/a.png\"}";

  private Http as(String key) {
    return new Http(mock.refonteBaseUrl(), key);
  }

  private int tenants() {
    return mock.refonte().engine().control().stats().get("tenants").asInt();
  }

  @Test
  void requestsThatFailOrChangeNothingCreateNoTenant() {
    for (int i = 0; i < 20; i++) {
      Http stranger = as("live_stranger" + i);
      assertThat(stranger.get("/task/0123456789abcdef01234567").status()).isEqualTo(404);
      assertThat(stranger.post("/task/imageannotation", "{}").status()).isEqualTo(400);
      assertThat(stranger.get("/tasks").status()).isEqualTo(200);
    }
    assertThat(tenants()).isZero();
    assertThat(mock.refonte().state().get("tenants")).isEmpty();

    assertThat(as("live_real").post("/task/imageannotation", BODY).status()).isEqualTo(200);
    assertThat(tenants()).isEqualTo(1);
  }

  @Test
  void aNewTenantBeyondTheBoundIs503InTheEnvelopeAndKnownTenantsCarryOn() {
    for (String key : new String[] {"live_1", "live_2", "live_3"}) {
      assertThat(as(key).post("/task/imageannotation", BODY).status()).isEqualTo(200);
    }
    Http.Response full = as("live_4").post("/task/imageannotation", BODY);
    assertThat(full.status()).isEqualTo(503);
    assertThat(full.json().get("status_code").asInt()).isEqualTo(503);
    assertThat(full.error()).contains("3 tenants");
    assertThat(as("live_1").post("/task/imageannotation", BODY).status()).isEqualTo(200);
    assertThat(tenants()).isEqualTo(3);
  }

  @Test
  void anotherTenantsFloodOfKeyedFailuresCannotMakeAKeyedCreateRunTwice() {
    Http alice = as("live_alice").header("Idempotency-Key", "alice-1");
    Http.Response created = alice.post("/task/imageannotation", BODY);
    for (int i = 0; i < 100; i++) { // ten times the total cap, each a cheap saved 400
      Http mallory = as("live_mallory").header("Idempotency-Key", "flood-" + i);
      assertThat(mallory.post("/task/imageannotation", "{}").status()).isEqualTo(400);
    }

    Http.Response retry = alice.post("/task/imageannotation", BODY);

    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.raw().body()).isEqualTo(created.raw().body());
    assertThat(as("live_alice").get("/tasks").json().get("total").asInt()).isEqualTo(1);
  }
}
