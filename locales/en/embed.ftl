# The widgets partner sites put in a frame (/embed/events, /embed/groups, /embed/opportunities),
# the page to make one (/embed), and the link to it from the listings.

embed-heading-events = Upcoming events
embed-heading-groups = Diaspora groups
embed-heading-opportunities = Ways to contribute
embed-empty = Nothing to show for now.
embed-more = See more on { $site }
embed-theme-light = Light
embed-theme-dark = Dark

embed-offer = Put this list on your site
embed-builder-title = Put this on your site
embed-builder-intro = Show our events, groups or opportunities on your own website: choose what to show and in which language, check the preview, then copy the code into your page. It needs no programming, updates by itself and sets no cookies.
embed-builder-what = What to show
embed-builder-what-hint = After choosing what to show, press “Show the preview”: the form then also offers that list’s own filters.
embed-builder-heritage = Diaspora of
embed-builder-country = Taking place in
embed-builder-language = Written in
embed-builder-words = With the words
embed-builder-lang = Language of the widget
embed-builder-lang-visitor = Each visitor’s own language
embed-builder-limit = How many to show (1 to 20)
embed-builder-theme = Colors
embed-builder-show = Show the preview
embed-builder-preview = Preview
embed-builder-snippet = The code for your page
embed-builder-snippet-hint = Copy all of it and paste it into your page’s HTML, where the list should appear.
embed-builder-oembed-hint = Using WordPress or another site builder that embeds links? Paste the address of one of our listing pages (for example, the events page with your filters) on a line of its own: it becomes this widget.
