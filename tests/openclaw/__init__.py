"""A real OpenClaw gateway for tests: throwaway home, loopback gateway, a scripted model behind a provider."""
