import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = {
  /** What failed, as the reader would name it: "The map", "The statements". */
  name: string;
  /** What still works, said in the message. */
  rest?: ReactNode;
  className?: string;
  children: ReactNode;
};

/**
 * Keeps one part of the page from taking the rest down with it: if the part throws while rendering,
 * the reader gets a sentence and a retry button in its place, and everything around it keeps working.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  /**
   * The first error is the cause: a part torn down after it can throw again on its way out (as
   * react-cytoscapejs does when Cytoscape never started), and that second error explains nothing.
   */
  private first: Error | null = null;

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    this.first ??= error;
    // Still visible to the author in the console, with the component stack that located it.
    console.warn(`${this.props.name} failed to render:`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    const error = this.first ?? this.state.error;
    return (
      <div className={['boundary', this.props.className].filter(Boolean).join(' ')} role="alert">
        <p>
          <strong>{this.props.name} could not be shown.</strong> {this.props.rest}
        </p>
        <p className="boundary-detail">
          <code>{error.message || String(error)}</code>
        </p>
        <button type="button" className="small-button" onClick={() => {
            this.first = null;
            this.setState({ error: null });
          }}>
          Try again
        </button>
      </div>
    );
  }
}
