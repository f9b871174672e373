# Listings imported from partner sites.

imported-title = From partner sites
imported-intro = Listings that partner community sites publish, copied here as they are. Follow the link to take part on the original site.
imported-empty = Nothing from partner sites yet.
imported-upcoming-title = Coming up on partner sites
imported-origin = From { $site }
imported-original = See the original
imported-type-group = Group
imported-type-event = Event
imported-type-opportunity = Opportunity

moderation-title = Listings awaiting review
moderation-intro = Listings from partner sites added for review. Nothing here is shown to visitors until you publish it.
moderation-empty = Nothing is waiting for review.
moderation-publish = Publish
moderation-reject = Reject
moderation-rejected-title = Rejected
moderation-rejected-intro = Turned down by a moderator. They stay hidden, even when the partner site updates them, unless you publish them anyway.
moderation-publish-anyway = Publish anyway
