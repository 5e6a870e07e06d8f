# A request-handler registry that leaks: every tick registers a new handler
# closure that captures a large buffer, and nothing ever unregisters it.
# Watch its site climb to the top of the leak suspects.
handlers = []
requests_seen = 0


def make_handler(request_id, payload_size):
    buffer = [request_id] * payload_size  # captured, kept alive by the closure

    def handle(event):
        return len(buffer) + event

    return handle


def register(handler):
    handlers.append(handler)


def tick():
    global requests_seen
    requests_seen += 1
    register(make_handler(requests_seen, 1000))
    if requests_seen % 50 == 0:
        print(f"{len(handlers)} handlers registered, last answered {handlers[-1](1)}")


for i in range(10):
    tick()
