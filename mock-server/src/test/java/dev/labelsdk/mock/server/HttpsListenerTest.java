package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional HTTPS listener (spec §8.1): the Python client only retries over https. */
class HttpsListenerTest {

  @Test
  void servesTheApiOverHttpsWithTheGivenKeyStore(@TempDir Path dir) throws Exception {
    Path keystore = dir.resolve("mock.p12");
    Process keytool = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "mock", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
        "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
        "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit")
        .redirectErrorStream(true).start();
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).isZero();

    int httpsPort;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      httpsPort = free.getLocalPort();
    }
    try (LabelMockServer server = LabelMockServer.builder()
        .https(httpsPort, keystore.toString(), "changeit").build().start()) {
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      try (var in = Files.newInputStream(keystore)) {
        trusted.load(in, "changeit".toCharArray());
      }
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry("mock", (X509Certificate) trusted.getCertificate("mock"));
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, tmf.getTrustManagers(), null);
      HttpClient client = HttpClient.newBuilder().sslContext(tls).build();

      HttpResponse<String> r = client.send(
          HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + httpsPort + "/v1/tasks"))
              .header("Authorization", Http.basic("test_tls")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("\"docs\":[]");
    }
  }
}
