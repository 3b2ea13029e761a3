-- The scale benchmark's rows (bin/benchmark-scale, docs/benchmarks.md), written by INSERT ... SELECT
-- over MariaDB's sequence tables (seq_1_to_N) into a fresh database the migrations have just made.
-- ${sellers}, ${products}, ${orders} are replaced by ScaleData before the statements run. Orders are
-- spread evenly over the last 90 days, so the admin's 30-day window holds a third of them; one
-- product in 20 is a draft, one in 5 is priced in eur.
INSERT INTO sellers (id, email, password_hash, display_name, country, default_currency, charge_type, account_type,
                     stripe_account_id, account_request_key, onboarding_status, details_submitted, charges_enabled,
                     payouts_enabled, created_at, updated_at)
SELECT seq, CONCAT('scale-', seq, '@sellers.test'), 'not-a-usable-hash', CONCAT('Scale seller ', seq), 'US', 'usd',
       'DESTINATION', 'EXPRESS', CONCAT('acct_scale', seq), UUID(), 'ACTIVE', TRUE, TRUE, TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
FROM seq_1_to_${sellers};

INSERT INTO products (id, seller_id, name, description, price_amount, currency, stock, active, created_at, updated_at)
SELECT seq, 1 + seq % ${sellers},
       CONCAT(ELT(1 + seq % 12, 'Ceramic', 'Walnut', 'Linen', 'Copper', 'Woollen', 'Glazed', 'Oak', 'Brass', 'Cotton', 'Slate',
                  'Cedar', 'Porcelain'), ' ',
              ELT(1 + (seq DIV 12) % 10, 'mug', 'bowl', 'teapot', 'lamp', 'scarf', 'plate', 'vase', 'basket', 'tray', 'candle'),
              ' no. ', seq),
       CONCAT('Made by hand in small batches. ', ELT(1 + seq % 7, 'Dishwasher safe.', 'Oiled finish.', 'Undyed.',
              'Food safe glaze.', 'Signed by the maker.', 'Limited run.', 'Gift wrapped.')),
       500 + seq % 9500, IF(seq % 5 = 0, 'eur', 'usd'), 1000, seq % 20 <> 0,
       UTC_TIMESTAMP(6) - INTERVAL (${products} - seq) SECOND, UTC_TIMESTAMP(6)
FROM seq_1_to_${products};

INSERT INTO purchases (id, request_key, currency, routing, amount_total, created_at, updated_at)
SELECT seq, UUID(), 'usd', 'DESTINATION', 2000, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
FROM seq_1_to_${orders};

INSERT INTO orders (id, request_key, buyer_token_hash, seller_id, product_id, product_name, quantity, unit_amount, currency,
                    amount_subtotal, amount_total, fee_basis_points, fee_fixed_amount, application_fee_amount, charge_type,
                    stripe_account_id, status, checkout_session_id, amount_refunded, created_at, updated_at, paid_at, purchase_id)
SELECT seq, UUID(), SHA2(seq, 256), 1 + seq % ${sellers}, 1 + seq % ${products}, 'Scale product', 1, 2000, 'usd',
       2000, 2000, 300, 30, 90, 'DESTINATION', CONCAT('acct_scale', 1 + seq % ${sellers}),
       ELT(1 + seq % 20, 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID', 'PAID',
           'PAID', 'PAID', 'PENDING', 'PENDING', 'EXPIRED', 'EXPIRED', 'PAYMENT_FAILED', 'REFUNDED'),
       CONCAT('cs_scale_', seq), IF(seq % 20 = 19, 2000, 0),
       UTC_TIMESTAMP(6) - INTERVAL ((${orders} - seq) * 7776000 DIV ${orders}) SECOND,
       UTC_TIMESTAMP(6) - INTERVAL ((${orders} - seq) * 7776000 DIV ${orders}) SECOND,
       IF(seq % 20 < 14 OR seq % 20 = 19, UTC_TIMESTAMP(6) - INTERVAL ((${orders} - seq) * 7776000 DIV ${orders}) SECOND
           + INTERVAL (30 + seq % 300) SECOND, NULL),
       seq
FROM seq_1_to_${orders};
