// What a professional opens: the photos and recordings of what was sent come from the page's
// MediaSource (on /shared/:id, the server through that one delivery), in words for someone else's
// recording ("Play the recording").
import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PackContent, packOf } from '../../../src/features/deliver/PackContent';
import { FeedbackAnswers } from '../../../src/features/feedback/FinishedVersions';
import { MediaSource } from '../../../src/features/planner/print/mediaSource';
import { expectNoAxeViolations } from '../../support/axe';
import { allowTimeForScreens } from '../../support/patience';
import { renderScreen } from '../../support/renderScreen';

allowTimeForScreens();

const asked: string[] = [];
const fromDelivery = {
  useUrl: (sha: string | null | undefined) => {
    if (sha) asked.push(sha);
    return sha ? `/api/deliveries/d1/media/${sha}` : undefined;
  },
  theirs: true,
};

describe('the professional’s view of what was sent', () => {
  it('the pack plays the recordings and shows the photos of its answers and questions', async () => {
    asked.length = 0;
    const pack = packOf([
      {
        id: 'answer:p1:safe',
        type: 'answer',
        data: { words: 'I feel safe on the ward.', voice: 'v-answer', photo: 'p-answer' },
      },
      { id: 'q1', type: 'question', data: { voice: 'v-question' } },
    ]);
    const { container } = await renderScreen(
      <MediaSource.Provider value={fromDelivery}>
        <PackContent name="Sam" pack={pack} />
      </MediaSource.Provider>,
      ['deliver', 'planner'],
    );
    const plays = await screen.findAllByRole('button', { name: /^Play the recording/ });
    expect(plays).toHaveLength(2);
    expect(container.querySelectorAll('audio')[0]).toHaveAttribute(
      'src',
      '/api/deliveries/d1/media/v-answer',
    );
    expect(screen.getByRole('img', { name: /^A photo about/ })).toHaveAttribute(
      'src',
      '/api/deliveries/d1/media/p-answer',
    );
    // Not "Your recording": it is Sam's, not the reader's.
    expect(container.textContent).not.toContain('Your recording');
    expect(asked.sort()).toEqual(expect.arrayContaining(['p-answer', 'v-answer', 'v-question']));
    await expectNoAxeViolations(container, 'pack with a recording');
  });

  it('the feedback plays its recordings the same way', async () => {
    await renderScreen(
      <MediaSource.Provider value={fromDelivery}>
        <FeedbackAnswers
          fields={{ 'listened.words': 'They listened to me.', 'listened.voice': 'v-feedback' }}
        />
      </MediaSource.Provider>,
      ['deliver', 'planner', 'feedback'],
    );
    expect(await screen.findByRole('button', { name: /^Play the recording/ })).toBeVisible();
  });
});
