echo "{\"lines\": [{\"sku\": \"SKU-2001\", \"qty\": 1, \"price\": \"3999.00\"}]}" | $PROMO price shop.promo - --at 2026-11-11T20:09:59+08:00
