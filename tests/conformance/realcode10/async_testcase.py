# unittest.IsolatedAsyncioTestCase: async fixtures, tests and cleanups, each test
# on a loop of its own (mock imports it from unittest at load time).
import asyncio
import io
import unittest

log = []


class Resource:
    async def __aenter__(self):
        log.append("enter")
        return "res"

    async def __aexit__(self, *exc):
        log.append("exit")


class T(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        log.append("setUp")

    async def asyncSetUp(self):
        self.loop = asyncio.get_running_loop()
        await asyncio.sleep(0)
        log.append("asyncSetUp")
        self.addAsyncCleanup(self.cleanup_async, "a")
        self.addCleanup(log.append, "plain cleanup")

    async def cleanup_async(self, tag):
        await asyncio.sleep(0)
        log.append("async cleanup " + tag)

    async def test_await(self):
        got = await asyncio.gather(asyncio.sleep(0, "x"), asyncio.sleep(0, "y"))
        self.assertEqual(got, ["x", "y"])
        r = await self.enterAsyncContext(Resource())
        log.append("test_await " + r)

    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertEqual(1, 2)

    def test_sync(self):
        log.append("test_sync")

    async def test_error(self):
        raise KeyError("k")

    async def asyncTearDown(self):
        log.append("asyncTearDown")

    def tearDown(self):
        log.append("tearDown")


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
for test, trace in result.failures + result.errors:
    print(test.id(), trace.strip().splitlines()[-1])
print(log)
print(issubclass(unittest.IsolatedAsyncioTestCase, unittest.TestCase))
