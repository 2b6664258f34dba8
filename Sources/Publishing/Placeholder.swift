// Placeholder so the module builds until its first file lands.
enum PublishingPlaceholder {}
