"""What leaves the app with the user: referral letters, exports, favourites and notes."""
