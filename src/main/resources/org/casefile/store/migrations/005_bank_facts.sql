-- Casefile library schema, version 5: what the card issuer needs to find the transaction, the return attempt, and
-- the buyer's translation of a message.

-- The card's last four digits only: a longer number is refused before it gets here, and here too.
ALTER TABLE cases ADD COLUMN buyer_name TEXT;
ALTER TABLE cases ADD COLUMN delivery_address TEXT;
ALTER TABLE cases ADD COLUMN card_last4 TEXT CHECK (card_last4 IS NULL OR (length(card_last4) = 4 AND card_last4 NOT GLOB '*[^0-9]*'));
ALTER TABLE cases ADD COLUMN statement_name TEXT;
ALTER TABLE cases ADD COLUMN charged_on TEXT;
ALTER TABLE cases ADD COLUMN received_on TEXT;

-- Sent back (with its date, carrier, tracking and when the seller got it), refused by the seller, or no address given.
ALTER TABLE cases ADD COLUMN return_kind TEXT CHECK (return_kind IS NULL OR return_kind IN ('sent', 'refused', 'no-address'));
ALTER TABLE cases ADD COLUMN return_sent TEXT;
ALTER TABLE cases ADD COLUMN return_carrier TEXT;
ALTER TABLE cases ADD COLUMN return_tracking TEXT;
ALTER TABLE cases ADD COLUMN return_received TEXT;

ALTER TABLE messages ADD COLUMN translation TEXT;
