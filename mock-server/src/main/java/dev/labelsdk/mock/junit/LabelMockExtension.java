package dev.labelsdk.mock.junit;

import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.refonte.RefonteConfig;
import dev.labelsdk.mock.server.ClarifaiControl;
import dev.labelsdk.mock.server.LabelMockServer;
import dev.labelsdk.mock.server.RefonteControl;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link LabelMockServer} for a test class on a free port and resets its state before
 * every test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static LabelMockExtension mock = LabelMockExtension.create();
 *
 * @Test void creates() {
 *   var client = RefonteClient.builder().apiKey("test_key").baseUrl(mock.refonteBaseUrl()).build();
 *   ...
 *   mock.refonte().complete(taskId);
 *   mock.clarifai().addPat("pat-u1", "u1"); // Clarifai: mock.clarifaiBaseUrl()
 * }
 * }</pre>
 *
 * <p>With {@code @ExtendWith(LabelMockExtension.class)} the server uses the default
 * configuration and test methods can take a {@link LabelMockServer}, {@link RefonteControl}
 * or {@link ClarifaiControl} parameter.
 */
public final class LabelMockExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {

  private final Consumer<LabelMockServer.Builder> configure;
  private LabelMockServer server;

  /** The default configuration (open keys, spec defaults). */
  public LabelMockExtension() {
    this(b -> { });
  }

  private LabelMockExtension(Consumer<LabelMockServer.Builder> configure) {
    this.configure = configure;
  }

  public static LabelMockExtension create() {
    return new LabelMockExtension();
  }

  /** A server configured by {@code configure} (port is always a free one). */
  public static LabelMockExtension configured(Consumer<LabelMockServer.Builder> configure) {
    return new LabelMockExtension(configure);
  }

  /**
   * A server that starts every test from a snapshot file (saved with
   * {@code LabelMockServer.snapshot(Path)} or {@code GET /__admin/labelsdk/snapshot}): a
   * fixture of tasks, batches, projects and Clarifai data.
   */
  public static LabelMockExtension fromSnapshot(java.nio.file.Path snapshotFile) {
    return new LabelMockExtension(b -> b.initialState(snapshotFile));
  }

  /** A server with this Refonte configuration. */
  public static LabelMockExtension withRefonte(RefonteConfig config) {
    return new LabelMockExtension(b -> b.refonte(config));
  }

  /** A server with this Clarifai configuration. */
  public static LabelMockExtension withClarifai(ClarifaiConfig config) {
    return new LabelMockExtension(b -> b.clarifai(config));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    ensureStarted();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!ensureStarted()) {
      server.reset();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** Starts the server if needed; true when it was started now (and so is already clean). */
  private synchronized boolean ensureStarted() {
    if (server != null) {
      return false;
    }
    LabelMockServer.Builder b = LabelMockServer.builder();
    configure.accept(b);
    server = b.port(0).build().start();
    return true;
  }

  public LabelMockServer server() {
    ensureStarted();
    return server;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return server().baseUrl();
  }

  /** {@code http://127.0.0.1:<port>/v1}. */
  public String refonteBaseUrl() {
    return server().refonteBaseUrl();
  }

  public RefonteControl refonte() {
    return server().refonte();
  }

  /** {@code http://127.0.0.1:<port>/v2}. */
  public String clarifaiBaseUrl() {
    return server().clarifaiBaseUrl();
  }

  public ClarifaiControl clarifai() {
    return server().clarifai();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == LabelMockServer.class || type == RefonteControl.class || type == ClarifaiControl.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == ClarifaiControl.class) {
      return server().clarifai();
    }
    return type == LabelMockServer.class ? server() : server().refonte();
  }
}
