import { Component, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** What to show instead of the failed tree. */
  fallback: ReactNode;
  /** When this changes (the user went elsewhere), try the tree again. */
  resetKey?: string;
};
type State = { failed: boolean; resetKey: string | undefined };

/** A render error (or a screen that failed to load) shows a way back, not a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
