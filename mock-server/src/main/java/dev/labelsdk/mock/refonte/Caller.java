package dev.labelsdk.mock.refonte;

/**
 * An authenticated API caller: the tenant whose data it sees, and whether its key is a test
 * key (test tasks complete at once, spec §6.2).
 */
public final class Caller {

  final TenantState state;
  final boolean testKey;

  Caller(TenantState state, boolean testKey) {
    this.state = state;
    this.testKey = testKey;
  }

  Tenant tenant() {
    return state.tenant;
  }

  public boolean testKey() {
    return testKey;
  }

  /** A label for the tenant that never reveals an API key. */
  public String tenantLabel() {
    return state.tenant.label();
  }

  /** The tenant's internal identity, for the idempotency namespace. */
  public String tenantName() {
    return state.tenant.name();
  }
}
