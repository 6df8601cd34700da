package org.casefile.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** The link a phone is given must be one it can open; nothing here listens on anything. */
class UploadServerUrlTest {
    @Test
    void listeningEverywhereGivesTheLocalNetworkAddressNotZeros() throws Exception {
        String host = UploadServer.reachableHost(InetAddress.getByName("0.0.0.0"));
        assertThat(host).isNotEqualTo("0.0.0.0");
        String expected = LocalAddress.choose(null).map(InetAddress::getHostAddress).orElse("127.0.0.1");
        assertThat(host).isEqualTo(expected);
    }

    @Test
    void aNamedAddressIsKept() throws Exception {
        assertThat(UploadServer.reachableHost(InetAddress.getByName("127.0.0.1"))).isEqualTo("127.0.0.1");
    }
}
