package org.civicbrief.ingest.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import org.civicbrief.ingest.IngestConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuardAddressTest {

  // Literals only: InetAddress parses them without asking DNS.
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "127.0.0.1|a loopback address",
        "::1|a loopback address",
        "10.20.30.40|a private network address",
        "172.16.0.1|a private network address",
        "172.31.255.255|a private network address",
        "192.168.1.1|a private network address",
        "fc00::1|a private network address (unique local)",
        "fd12:3456::1|a private network address (unique local)",
        "169.254.10.10|a link-local address",
        "fe80::1|a link-local address",
        "169.254.169.254|a cloud metadata address",
        "fd00:ec2::254|a cloud metadata address",
        "0.0.0.0|the wildcard address",
        "::|the wildcard address",
        "224.0.0.1|a multicast address",
        "ff02::1|a multicast address",
        "100.64.0.1|a carrier-grade NAT address",
        "100.127.255.254|a carrier-grade NAT address",
        "0.1.2.3|a reserved address",
        "255.255.255.255|a reserved address",
        "::ffff:10.0.0.1|a private network address",
        "64:ff9b::127.0.0.1|a loopback address inside an IPv6 address",
        "2002:a00:1::|a private network address inside an IPv6 address"
      })
  void refusesInternalAddresses(String literal, String kind) throws UnknownHostException {
    assertThat(GuardAddress.kind(InetAddress.getByName(literal))).contains(kind);
  }

  @ParameterizedTest
  @CsvSource({"93.184.215.14", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "8.8.8.8"})
  void letsPublicAddressesThrough(String literal) throws UnknownHostException {
    assertThat(GuardAddress.kind(InetAddress.getByName(literal))).isEmpty();
  }

  @Test
  void letsAnAllowedHostThroughWithoutLookingItUp() {
    HostResolver failing =
        host -> {
          throw new AssertionError("an allowed host is not resolved");
        };
    var guard =
        new GuardAddress(
            IngestConfig.defaults().withAllowedHosts(Set.of("[::1]", "Intranet.Example")), failing);
    assertThat(guard.refusal("intranet.example")).isEmpty();
    assertThat(guard.refusal("[0:0:0:0:0:0:0:1]")).isEmpty();
  }

  @Test
  void refusesAHostWhenAnyOfItsAddressesIsInternal() throws UnknownHostException {
    InetAddress publicAddress = InetAddress.getByName("93.184.215.14");
    InetAddress privateAddress = InetAddress.getByName("192.168.0.7");
    var guard =
        new GuardAddress(
            IngestConfig.defaults(), host -> new InetAddress[] {publicAddress, privateAddress});
    assertThat(guard.refusal("mixed.example"))
        .hasValueSatisfying(r -> assertThat(r.reason()).contains("192.168.0.7"));
  }
}
