package io.tsunagu.shopperticket;

/** A ticket that is malformed, forged, expired or issued for something else. */
public class InvalidShopperTicketException extends RuntimeException {

    public InvalidShopperTicketException(String message) {
        super(message);
    }
}
