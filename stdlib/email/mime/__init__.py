"""email.mime for closured: classes that build MIME messages (text, multipart,
application, message, and the base classes)."""
