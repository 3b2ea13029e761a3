package com.marketplace.web.it.support;

import com.marketplace.testsupport.Registered;
import com.marketplace.web.it.support.PageClient.Page;

/** Gives a product a picture the way its seller does: signed in, through the product page's upload form. */
public final class ProductPictures {

    private ProductPictures() {
    }

    public static void upload(Registered seller, long productId, byte[] picture) {
        PageClient browser = PageClient.forMarketplace();
        Page signedIn = browser.signIn(seller.email(), seller.password());
        if (signedIn.status() != 303) {
            throw new IllegalStateException("sign-in failed (HTTP " + signedIn.status() + "): " + signedIn.body());
        }
        browser.get("/seller/products/" + productId);
        Page uploaded = browser.postFile("/seller/products/" + productId + "/image", true, "image", "picture.png", "image/png", picture);
        if (uploaded.status() != 303) {
            throw new IllegalStateException("upload refused (HTTP " + uploaded.status() + "): " + uploaded.body());
        }
    }
}
