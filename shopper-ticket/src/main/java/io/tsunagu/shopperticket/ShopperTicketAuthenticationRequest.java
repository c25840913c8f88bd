package io.tsunagu.shopperticket;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

final class ShopperTicketAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    ShopperTicketAuthenticationRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
